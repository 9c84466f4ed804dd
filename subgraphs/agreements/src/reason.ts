import { type InputProblems } from "@frontera/federation";

/** A change that must be accounted for carries a reason a person can read later. */
export function checkReason(problems: InputProblems, reason: string, field = "reason"): void {
  problems.check(reason.trim().length > 0, field, "must say why");
  problems.check(reason.length <= 500, field, "at most 500 characters");
}
