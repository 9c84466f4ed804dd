import { mutationPayload } from "@frontera/federation";
import { TravelDocument } from "../document/travel-document.entity";
import { TrustedTravellerMembership } from "../membership/membership.entity";
import { Traveller } from "./traveller.entity";

export const RegisterTravellerPayload = mutationPayload({
  mutation: "registerTraveller",
  field: "traveller",
  type: () => Traveller,
  description: "The traveller as registered; null when the request was refused.",
  codes: ["INVALID", "IDEMPOTENCY_KEY_REUSED"],
});

export const AddTravelDocumentPayload = mutationPayload({
  mutation: "addTravelDocument",
  field: "document",
  type: () => TravelDocument,
  description: "The document as recorded; null when the request was refused.",
  codes: ["INVALID", "NOT_FOUND", "ALREADY_EXISTS", "IDEMPOTENCY_KEY_REUSED"],
});

export const EnrolMembershipPayload = mutationPayload({
  mutation: "enrolMembership",
  field: "membership",
  type: () => TrustedTravellerMembership,
  description: "The membership as recorded; null when the request was refused.",
  codes: ["INVALID", "NOT_FOUND", "PASS_ID_MISMATCH", "ACTIVE_MEMBERSHIP_EXISTS", "IDEMPOTENCY_KEY_REUSED"],
});
