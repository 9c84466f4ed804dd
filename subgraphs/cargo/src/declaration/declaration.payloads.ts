import { mutationPayload } from "@frontera/federation";
import { Declaration } from "./declaration.entity";

export const FileDeclarationPayload = mutationPayload({
  mutation: "fileDeclaration",
  field: "declaration",
  type: () => Declaration,
  description: "The declaration as filed; null when the request was refused.",
  codes: ["INVALID", "NOT_FOUND", "ALREADY_EXISTS", "IDEMPOTENCY_KEY_REUSED"],
});
