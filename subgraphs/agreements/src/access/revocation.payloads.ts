import { mutationPayload } from "@frontera/federation";

export const RevokeTokenPayload = mutationPayload({
  mutation: "revokeToken",
  field: "newlyRevoked",
  type: () => Boolean,
  description: "True when this request revoked the token, false when it was revoked already; null when refused.",
  codes: ["INVALID"],
});
