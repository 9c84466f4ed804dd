import { entityPayloads } from "@frontera/federation";
import { Inspection } from "./inspection.entity";

const inspectionPayload = entityPayloads({ field: "inspection", type: () => Inspection });

export const OpenInspectionPayload = inspectionPayload("openInspection", [
  "INVALID",
  "NOT_FOUND",
  "JOINT_NEEDS_BOTH_COUNTRIES",
  "IDEMPOTENCY_KEY_REUSED",
]);

export const RecordInspectionResultPayload = inspectionPayload("recordInspectionResult", [
  "INVALID",
  "NOT_FOUND",
  "ALREADY_RECORDED",
  "SHIPMENT_ON_HOLD",
  "IDEMPOTENCY_KEY_REUSED",
]);

export const ReopenInspectionPayload = inspectionPayload("reopenInspection", [
  "INVALID",
  "NOT_FOUND",
  "NOT_RECORDED",
  "CHANGED_MEANWHILE",
  "IDEMPOTENCY_KEY_REUSED",
]);
