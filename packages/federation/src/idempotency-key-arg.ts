import { Arg } from "type-graphql";

/**
 * Every write mutation's `idempotencyKey` argument (the key's rules live with the idempotent
 * runner in packages/database), described once.
 */
export function IdempotencyKeyArg() {
  return Arg("idempotencyKey", () => String, {
    nullable: true,
    description: "Retrying with the same key and arguments writes once.",
  });
}
