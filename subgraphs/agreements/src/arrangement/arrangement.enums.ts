import { registerEnumType } from "type-graphql";
import { ArrangementCoverage } from "@frontera/code-lists";

// The code list's enum (shared with the demo data), served by this subgraph as GraphQL enum.
export { ArrangementCoverage };

export enum ArrangementStatus {
  ACTIVE = "ACTIVE",
  SUSPENDED = "SUSPENDED",
  EXPIRED = "EXPIRED",
  REVOKED = "REVOKED",
}

/** What is stored: EXPIRED is never stored, it follows from validTo and the clock. */
export type RecordedArrangementStatus = Exclude<ArrangementStatus, ArrangementStatus.EXPIRED>;

export const RECORDED_ARRANGEMENT_STATUSES: RecordedArrangementStatus[] = [
  ArrangementStatus.ACTIVE,
  ArrangementStatus.SUSPENDED,
  ArrangementStatus.REVOKED,
];

export const ARRANGEMENT_COVERAGES = Object.values(ArrangementCoverage);

export enum ArrangementAction {
  CREATED = "CREATED",
  SUSPENDED = "SUSPENDED",
  RESUMED = "RESUMED",
  REVOKED = "REVOKED",
  DOCUMENTS_RESTRICTED = "DOCUMENTS_RESTRICTED",
  DOCUMENTS_UNRESTRICTED = "DOCUMENTS_UNRESTRICTED",
}

/** The changes of an arrangement's status (its documents and creation aside). */
export type StatusAction = ArrangementAction.SUSPENDED | ArrangementAction.RESUMED | ArrangementAction.REVOKED;

registerEnumType(ArrangementStatus, {
  name: "ArrangementStatus",
  description: "Whether a data-sharing arrangement grants its scopes today. Only ACTIVE grants.",
  valuesConfig: {
    ACTIVE: { description: "In effect: its scopes are granted." },
    SUSPENDED: { description: "Paused: grants nothing until resumed." },
    EXPIRED: { description: "Past validTo; derived from the clock, never set." },
    REVOKED: { description: "Final: a revoked arrangement is never resumed." },
  },
});
registerEnumType(ArrangementAction, {
  name: "ArrangementAction",
  description: "What happened to an arrangement, in its history.",
  valuesConfig: {
    CREATED: { description: "The arrangement was created." },
    SUSPENDED: { description: "The arrangement was suspended." },
    RESUMED: { description: "A suspended arrangement was made active again." },
    REVOKED: { description: "The arrangement was revoked, for good." },
    DOCUMENTS_RESTRICTED: { description: "The arrangement was restricted to a list of registered documents." },
    DOCUMENTS_UNRESTRICTED: { description: "The arrangement's list of documents was lifted: any document again." },
  },
});
registerEnumType(ArrangementCoverage, {
  name: "ArrangementCoverage",
  description: "Where an arrangement's scopes hold.",
  valuesConfig: {
    ALL_PORTS: { description: "At every port of entry." },
    LISTED_PORTS: { description: "Only at the ports the arrangement lists (none listed: nowhere)." },
  },
});
