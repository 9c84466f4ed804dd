import { registerEnumType } from "type-graphql";

export enum InspectionKind {
  PRIMARY = "PRIMARY",
  SECONDARY = "SECONDARY",
  NII_XRAY = "NII_XRAY",
  AGRICULTURE = "AGRICULTURE",
  UCP_JOINT = "UCP_JOINT",
  PRE_INSPECTION = "PRE_INSPECTION",
}

export enum InspectionResult {
  PENDING = "PENDING",
  RELEASED = "RELEASED",
  REFERRED = "REFERRED",
  HELD = "HELD",
  SEIZED = "SEIZED",
  REEXPORTED = "REEXPORTED",
  TREATED = "TREATED",
  DESTROYED = "DESTROYED",
}

export enum RemedialAction {
  RELEASED = "RELEASED",
  TREATED = "TREATED",
  REEXPORTED = "REEXPORTED",
  DESTROYED = "DESTROYED",
}

export enum InspectionEventAction {
  OPENED = "OPENED",
  RESULT_RECORDED = "RESULT_RECORDED",
  REOPENED = "REOPENED",
}

/** Kinds run by officers of both countries together: one US and one MX agency at least. */
export const JOINT_KINDS: readonly InspectionKind[] = [InspectionKind.UCP_JOINT, InspectionKind.PRE_INSPECTION];

registerEnumType(InspectionKind, {
  name: "InspectionKind",
  valuesConfig: {
    NII_XRAY: { description: "Non-intrusive inspection: X-ray or gamma imaging." },
    UCP_JOINT: { description: "One joint CBP + Mexican customs exam under Unified Cargo Processing." },
    PRE_INSPECTION: { description: "Both customs services inspect together in the exporting country." },
  },
});
registerEnumType(InspectionResult, {
  name: "InspectionResult",
  valuesConfig: {
    PENDING: { description: "Opened, no result yet." },
    REFERRED: { description: "Sent on to a further inspection (e.g. primary to secondary)." },
  },
});
registerEnumType(RemedialAction, { name: "RemedialAction", description: "PPQ 523 remedial action on a pest finding." });
registerEnumType(InspectionEventAction, {
  name: "InspectionEventAction",
  valuesConfig: {
    OPENED: { description: "Opened, PENDING." },
    RESULT_RECORDED: { description: "A result recorded in place of PENDING." },
    REOPENED: { description: "A recorded result set back to PENDING, with a reason." },
  },
});
