import { type Scope } from "@frontera/operations/src/generated/graphql";

/** A scope as tokens and arrangements spell it (`cargo:manifest:read`), which officers know it by. */
export function scopeLabel(scope: Scope): string {
  return scope.toLowerCase().replace(/_/g, ":");
}
