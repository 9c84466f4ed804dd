import { type InputProblems } from "@frontera/federation";

/** A time window in a filter must end after it starts. */
export function checkWindow(
  problems: InputProblems,
  from: Date | null | undefined,
  to: Date | null | undefined,
  field: string,
): void {
  if (from && to) problems.check(from < to, field, "the window must end after it starts");
}
