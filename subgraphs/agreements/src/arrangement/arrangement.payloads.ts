import { entityPayloads } from "@frontera/federation";
import { DataSharingArrangement } from "./arrangement.entity";

const arrangementPayload = entityPayloads({ field: "arrangement", type: () => DataSharingArrangement });

export const CreateArrangementPayload = arrangementPayload("createArrangement", [
  "INVALID",
  "NOT_FOUND",
  "SCOPE_NOT_SHARABLE",
  "AGREEMENT_NOT_IN_FORCE",
  "NOT_A_PARTY",
  "IDEMPOTENCY_KEY_REUSED",
]);

// What each status change can meet: suspending and resuming start from one status only, and meet
// the same refusals; revoking starts from any but REVOKED.
const PAUSE_OR_RESUME = [
  "INVALID",
  "NOT_FOUND",
  "INVALID_TRANSITION",
  "EXPIRED",
  "REVOKED_IS_FINAL",
  "CHANGED_MEANWHILE",
  "IDEMPOTENCY_KEY_REUSED",
] as const;

export const SuspendArrangementPayload = arrangementPayload("suspendArrangement", PAUSE_OR_RESUME);

export const ResumeArrangementPayload = arrangementPayload("resumeArrangement", PAUSE_OR_RESUME);

export const RevokeArrangementPayload = arrangementPayload("revokeArrangement", [
  "INVALID",
  "NOT_FOUND",
  "REVOKED_IS_FINAL",
  "CHANGED_MEANWHILE",
  "IDEMPOTENCY_KEY_REUSED",
]);

// Restricting reads the arrangement's status (a revoked or expired one is not changed) and checks
// every id against the manifest.
export const RestrictArrangementDocumentsPayload = arrangementPayload("restrictArrangementDocuments", [
  "INVALID",
  "NOT_FOUND",
  "UNKNOWN_DOCUMENT",
  "EXPIRED",
  "REVOKED_IS_FINAL",
  "CHANGED_MEANWHILE",
  "IDEMPOTENCY_KEY_REUSED",
]);
