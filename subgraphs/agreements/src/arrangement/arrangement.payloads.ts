import { mutationPayload } from "@frontera/federation";
import { DataSharingArrangement } from "./arrangement.entity";

const arrangement = {
  field: "arrangement",
  type: () => DataSharingArrangement,
  description: "The arrangement as recorded; null when the request was refused.",
} as const;

export const CreateArrangementPayload = mutationPayload({
  mutation: "createArrangement",
  ...arrangement,
  codes: [
    "INVALID",
    "NOT_FOUND",
    "SCOPE_NOT_SHARABLE",
    "AGREEMENT_NOT_IN_FORCE",
    "NOT_A_PARTY",
    "IDEMPOTENCY_KEY_REUSED",
  ],
});

// What each status change can meet: suspending and resuming start from one status only; revoking
// from any but REVOKED.
export const SuspendArrangementPayload = mutationPayload({
  mutation: "suspendArrangement",
  ...arrangement,
  codes: [
    "INVALID",
    "NOT_FOUND",
    "INVALID_TRANSITION",
    "EXPIRED",
    "REVOKED_IS_FINAL",
    "CHANGED_MEANWHILE",
    "IDEMPOTENCY_KEY_REUSED",
  ],
});

export const ResumeArrangementPayload = mutationPayload({
  mutation: "resumeArrangement",
  ...arrangement,
  codes: [
    "INVALID",
    "NOT_FOUND",
    "INVALID_TRANSITION",
    "EXPIRED",
    "REVOKED_IS_FINAL",
    "CHANGED_MEANWHILE",
    "IDEMPOTENCY_KEY_REUSED",
  ],
});

export const RevokeArrangementPayload = mutationPayload({
  mutation: "revokeArrangement",
  ...arrangement,
  codes: ["INVALID", "NOT_FOUND", "REVOKED_IS_FINAL", "CHANGED_MEANWHILE", "IDEMPOTENCY_KEY_REUSED"],
});

// Restricting reads the arrangement's status (a revoked or expired one is not changed) and checks
// every id against the manifest.
export const RestrictArrangementDocumentsPayload = mutationPayload({
  mutation: "restrictArrangementDocuments",
  ...arrangement,
  codes: [
    "INVALID",
    "NOT_FOUND",
    "UNKNOWN_DOCUMENT",
    "EXPIRED",
    "REVOKED_IS_FINAL",
    "CHANGED_MEANWHILE",
    "IDEMPOTENCY_KEY_REUSED",
  ],
});
