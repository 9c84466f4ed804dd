import { mutationPayload } from "@frontera/federation";
import { Agreement } from "./agreement.entity";

const agreement = {
  field: "agreement",
  type: () => Agreement,
  description: "The agreement as recorded; null when the request was refused.",
} as const;

export const CreateAgreementPayload = mutationPayload({
  mutation: "createAgreement",
  ...agreement,
  codes: ["INVALID", "NOT_FOUND", "ALREADY_EXISTS", "IDEMPOTENCY_KEY_REUSED"],
});

export const AmendAgreementPayload = mutationPayload({
  mutation: "amendAgreement",
  ...agreement,
  codes: ["INVALID", "NOT_FOUND", "STALE_VERSION", "IDEMPOTENCY_KEY_REUSED"],
});

export const SetAgreementStatusPayload = mutationPayload({
  mutation: "setAgreementStatus",
  ...agreement,
  codes: ["INVALID", "NOT_FOUND", "ALREADY_IN_STATUS", "TERMINATED_IS_FINAL", "IDEMPOTENCY_KEY_REUSED"],
});
