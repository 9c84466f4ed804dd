import { entityPayloads } from "@frontera/federation";
import { Agreement } from "./agreement.entity";

const agreementPayload = entityPayloads({ field: "agreement", type: () => Agreement });

export const CreateAgreementPayload = agreementPayload("createAgreement", [
  "INVALID",
  "NOT_FOUND",
  "ALREADY_EXISTS",
  "IDEMPOTENCY_KEY_REUSED",
]);

export const AmendAgreementPayload = agreementPayload("amendAgreement", [
  "INVALID",
  "NOT_FOUND",
  "STALE_VERSION",
  "IDEMPOTENCY_KEY_REUSED",
]);

export const SetAgreementStatusPayload = agreementPayload("setAgreementStatus", [
  "INVALID",
  "NOT_FOUND",
  "ALREADY_IN_STATUS",
  "TERMINATED_IS_FINAL",
  "IDEMPOTENCY_KEY_REUSED",
]);
