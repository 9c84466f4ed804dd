import { registerEnumType } from "type-graphql";
import { InspectionKind, InspectionResult, RemedialAction } from "@frontera/code-lists";

// The code list's enums (shared with the demo data), served by this subgraph as GraphQL enums.
export { InspectionKind, InspectionResult, RemedialAction };

export enum InspectionEventAction {
  OPENED = "OPENED",
  RESULT_RECORDED = "RESULT_RECORDED",
  REOPENED = "REOPENED",
}

/** Kinds run by officers of both countries together: one US and one MX agency at least. */
export const JOINT_KINDS: readonly InspectionKind[] = [InspectionKind.UCP_JOINT, InspectionKind.PRE_INSPECTION];

registerEnumType(InspectionKind, {
  name: "InspectionKind",
  description: "What kind of exam an inspection is.",
  valuesConfig: {
    PRIMARY: { description: "The first look at the booth: documents, driver, conveyance." },
    SECONDARY: { description: "A closer exam at the dock, after a referral from primary." },
    AGRICULTURE: {
      description: "An agricultural exam for pests and disease (CBP agriculture specialists, APHIS, SENASICA).",
    },
    NII_XRAY: { description: "Non-intrusive inspection: X-ray or gamma imaging." },
    UCP_JOINT: { description: "One joint CBP + Mexican customs exam under Unified Cargo Processing." },
    PRE_INSPECTION: { description: "Both customs services inspect together in the exporting country." },
  },
});
registerEnumType(InspectionResult, {
  name: "InspectionResult",
  description: "Where an inspection stands: PENDING until a result is recorded.",
  valuesConfig: {
    PENDING: { description: "Opened, no result yet." },
    RELEASED: { description: "Nothing found that stops the goods: they may go on." },
    REFERRED: { description: "Sent on to a further inspection (e.g. primary to secondary)." },
    HELD: { description: "Detained until something is resolved (documents, a permit, a lab result)." },
    SEIZED: { description: "Taken by the authority: the goods do not go on." },
    REEXPORTED: { description: "Sent back to the country they came from." },
    TREATED: { description: "Treated (fumigation, cold treatment…) and then let go on." },
    DESTROYED: { description: "Destroyed under supervision." },
  },
});
registerEnumType(RemedialAction, {
  name: "RemedialAction",
  description: "The remedial action ordered on a pest finding (PPQ Form 523, Emergency Action Notification).",
  valuesConfig: {
    RELEASED: { description: "No action needed: the goods were released." },
    TREATED: { description: "The goods were treated before release." },
    REEXPORTED: { description: "The goods were sent back." },
    DESTROYED: { description: "The goods were destroyed." },
  },
});
registerEnumType(InspectionEventAction, {
  name: "InspectionEventAction",
  description: "What changed in an inspection's history.",
  valuesConfig: {
    OPENED: { description: "Opened, PENDING." },
    RESULT_RECORDED: { description: "A result recorded in place of PENDING." },
    REOPENED: { description: "A recorded result set back to PENDING, with a reason." },
  },
});
