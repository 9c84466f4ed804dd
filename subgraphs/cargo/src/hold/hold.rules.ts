import { forbidden, tradePlace } from "@frontera/auth";
import { type InputProblems } from "@frontera/federation";
import { holdWriteScopesOf } from "../access/cargo-row-policy";
import { type CargoContext } from "../context";
import { type HoldKind } from "./hold.enums";

export function checkHoldReason(problems: InputProblems, field: string, reason: string): void {
  problems.check(reason.trim().length > 0 && reason.length <= 500, field, "must say why, in at most 500 characters");
}

/**
 * A hold is placed and released where the caller's write scope for its kind holds: hold:write
 * any kind, hold:agri:write AGRICULTURAL only, each at the ports of the arrangement granting it.
 */
export function checkHoldWrite(
  { policy }: Pick<CargoContext, "policy">,
  kind: HoldKind,
  { portCode, direction }: { portCode: string; direction: string },
): void {
  const scopes = holdWriteScopesOf(kind);
  if (!policy.holdsAt(scopes, [tradePlace(portCode, direction)])) throw forbidden(scopes, { atRecord: true });
}
