import { registerEnumType } from "type-graphql";

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

export enum ArrangementAction {
  CREATED = "CREATED",
  SUSPENDED = "SUSPENDED",
  RESUMED = "RESUMED",
  REVOKED = "REVOKED",
}

registerEnumType(ArrangementStatus, {
  name: "ArrangementStatus",
  valuesConfig: {
    EXPIRED: { description: "Past validTo; derived from the clock, never set." },
    REVOKED: { description: "Final: a revoked arrangement is never resumed." },
  },
});
registerEnumType(ArrangementAction, { name: "ArrangementAction" });
