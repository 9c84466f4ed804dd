import { mutationPayload } from "@frontera/federation";
import { Inspection } from "./inspection.entity";

const inspection = {
  field: "inspection",
  type: () => Inspection,
  description: "The inspection as recorded; null when the request was refused.",
} as const;

export const OpenInspectionPayload = mutationPayload({
  mutation: "openInspection",
  ...inspection,
  codes: ["INVALID", "NOT_FOUND", "JOINT_NEEDS_BOTH_COUNTRIES", "IDEMPOTENCY_KEY_REUSED"],
});

export const RecordInspectionResultPayload = mutationPayload({
  mutation: "recordInspectionResult",
  ...inspection,
  codes: ["INVALID", "NOT_FOUND", "ALREADY_RECORDED", "IDEMPOTENCY_KEY_REUSED"],
});

export const ReopenInspectionPayload = mutationPayload({
  mutation: "reopenInspection",
  ...inspection,
  codes: ["INVALID", "NOT_FOUND", "NOT_RECORDED", "CHANGED_MEANWHILE", "IDEMPOTENCY_KEY_REUSED"],
});
