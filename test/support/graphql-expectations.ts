import { type TestGraph } from "@frontera/testing";

export type Data = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** Runs an operation with the graph's internal token and expects it to succeed; returns its data. */
export async function ok(graph: TestGraph, query: string, variables?: Record<string, unknown>): Promise<Data> {
  const { body } = await graph.query<Data>(query, variables);
  expect(body.errors).toBeUndefined();
  return body.data!;
}

/** Runs an operation and expects it to fail; returns its first error. */
export async function refused(graph: TestGraph, query: string, variables?: Record<string, unknown>) {
  const { body } = await graph.query<Data>(query, variables);
  expect(body.errors).toBeDefined();
  return body.errors![0];
}

/** The fields a BAD_USER_INPUT error names. */
export function problemFields(error: { extensions?: Record<string, unknown> }): string[] {
  return (error.extensions!.problems as Array<{ field: string }>).map((problem) => problem.field);
}

/** The selection of a payload's user errors, for mutation documents. */
export const USER_ERRORS = "userErrors { field code message }";

export interface UserError {
  field: string[];
  code: string;
  message: string;
}

/**
 * Runs a mutation and expects its payload to refuse it: no top-level error, the entity null and
 * at least one user error. Returns the user errors of the first mutation field.
 */
export async function rejected(graph: TestGraph, query: string, variables?: Record<string, unknown>) {
  const data = await ok(graph, query, variables);
  const [payload] = Object.values(data) as Data[];
  expect(payload.userErrors.length).toBeGreaterThan(0);
  for (const [field, value] of Object.entries(payload)) if (field !== "userErrors") expect(value).toBeNull();
  return payload.userErrors as UserError[];
}
