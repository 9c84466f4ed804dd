import { GraphQLError } from "graphql";

export interface InputProblem {
  /** Path of the offending input, e.g. `input.validTo` or `input.ports[2]`. */
  field: string;
  message: string;
}

/** BAD_USER_INPUT naming every field that is wrong, so a client fixes them in one round trip. */
export function badUserInput(problems: InputProblem[]): GraphQLError {
  return new GraphQLError(problems.map((p) => `${p.field}: ${p.message}`).join("; "), {
    extensions: { code: "BAD_USER_INPUT", field: problems[0]?.field, problems },
  });
}

/**
 * Collects input problems while a mutation checks its rules, then throws them together before
 * anything is written.
 */
export class InputProblems {
  private readonly problems: InputProblem[] = [];

  add(field: string, message: string): void {
    this.problems.push({ field, message });
  }

  check(condition: boolean, field: string, message: string): void {
    if (!condition) this.add(field, message);
  }

  get empty(): boolean {
    return this.problems.length === 0;
  }

  throwIfAny(): void {
    if (this.problems.length) throw badUserInput(this.problems);
  }
}

/** The request contradicts the current state (a revoked arrangement resumed, a key reused). */
export function conflict(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: "CONFLICT" } });
}

export function notFound(what: string): GraphQLError {
  return new GraphQLError(`${what} not found`, { extensions: { code: "NOT_FOUND" } });
}
