import { entityPayloads } from "@frontera/federation";
import { AssistanceRequest } from "./assistance-request.entity";

const assistancePayload = entityPayloads({ field: "assistanceRequest", type: () => AssistanceRequest });

export const OpenAssistanceRequestPayload = assistancePayload("openAssistanceRequest", [
  "INVALID",
  "NOT_FOUND",
  "AGREEMENT_NOT_IN_FORCE",
  "NOT_A_PARTY",
  "IDEMPOTENCY_KEY_REUSED",
]);

// Every change after opening names a request the caller sees and meets its status.
const CHANGE = [
  "INVALID",
  "NOT_FOUND",
  "WRONG_SIDE",
  "INVALID_TRANSITION",
  "CHANGED_MEANWHILE",
  "IDEMPOTENCY_KEY_REUSED",
] as const;

export const AnswerAssistanceRequestPayload = assistancePayload("answerAssistanceRequest", CHANGE);
export const AddAssistanceMessagePayload = assistancePayload("addAssistanceMessage", CHANGE);
export const DeclineAssistanceRequestPayload = assistancePayload("declineAssistanceRequest", CHANGE);
export const CloseAssistanceRequestPayload = assistancePayload("closeAssistanceRequest", CHANGE);
