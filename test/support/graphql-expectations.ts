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
