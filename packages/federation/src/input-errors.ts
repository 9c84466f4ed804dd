import { GraphQLError } from "graphql";
import { type UserErrorCode } from "./user-error-codes";

export interface InputProblem {
  /** Path of the offending input, e.g. `input.validTo` or `input.ports[2]`. */
  field: string;
  message: string;
  /** What the client can act on; `INVALID` for a format or range rule. */
  code: UserErrorCode;
}

/** A business error as a mutation payload carries it: the field as a path of names and indices. */
export interface UserErrorDetail {
  field: string[];
  code: UserErrorCode;
  message: string;
}

/** `input.equipment[0].number` → `["input", "equipment", "0", "number"]`. */
export function fieldPath(field: string): string[] {
  return field.split(/[.[\]]+/).filter((part) => part.length > 0);
}

/**
 * The business errors of one request. A mutation's payload turns it into `userErrors`; anywhere
 * else (a query's filter) it stays what it always was, a top-level BAD_USER_INPUT naming every field.
 */
export class BusinessErrors extends GraphQLError {
  constructor(readonly problems: InputProblem[]) {
    super(problems.map((p) => `${p.field}: ${p.message}`).join("; "), {
      extensions: {
        code: "BAD_USER_INPUT",
        field: problems[0]?.field,
        problems: problems.map(({ field, message }) => ({ field, message })),
      },
    });
  }

  get userErrors(): UserErrorDetail[] {
    return this.problems.map((p) => ({ field: fieldPath(p.field), code: p.code, message: p.message }));
  }
}

/** BAD_USER_INPUT naming every field that is wrong, so a client fixes them in one round trip. */
export function badUserInput(problems: Array<Omit<InputProblem, "code"> & { code?: UserErrorCode }>): BusinessErrors {
  return new BusinessErrors(problems.map((p) => ({ ...p, code: p.code ?? "INVALID" })));
}

/**
 * Collects input problems while a mutation checks its rules, then throws them together before
 * anything is written.
 */
export class InputProblems {
  private readonly problems: InputProblem[] = [];

  add(field: string, message: string, code: UserErrorCode = "INVALID"): void {
    this.problems.push({ field, message, code });
  }

  check(condition: boolean, field: string, message: string, code: UserErrorCode = "INVALID"): void {
    if (!condition) this.add(field, message, code);
  }

  get empty(): boolean {
    return this.problems.length === 0;
  }

  throwIfAny(): void {
    if (this.problems.length) throw new BusinessErrors(this.problems);
  }
}

/** One business error: the request contradicts the current state (a trip crossed twice, a revoked arrangement resumed). */
export function conflict(code: UserErrorCode, message: string, field = ""): BusinessErrors {
  return new BusinessErrors([{ field, message, code }]);
}

/** The record a mutation names does not exist; `field` is the argument that names it. */
export function notFound(what: string, field: string): BusinessErrors {
  return new BusinessErrors([{ field, message: `${what} not found`, code: "NOT_FOUND" }]);
}
