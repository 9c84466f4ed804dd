import fc from "fast-check";
import { type TestGraph } from "@frontera/testing";
import { type GraphQLSchema, buildClientSchema, getIntrospectionQuery, getNamedType, isObjectType } from "graphql";
import { startWholeGraph } from "../support/whole-graph";

// Random and malformed variables for every mutation of the graph: each answer is a clean refusal —
// a top-level GraphQL error, or a payload with user errors (never a 500, never a stack trace or
// SQL) — and nothing is half-written.

type Data = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

let graph: TestGraph;
let schema: GraphQLSchema;

beforeAll(async () => {
  graph = await startWholeGraph({ seed: 6, shipments: 60 });
  const { body } = await graph.query<Data>(getIntrospectionQuery());
  schema = buildClientSchema(body.data as never);
});

afterAll(async () => {
  await graph?.stop();
});

const hostileValue = fc.oneof(
  fc.anything({ maxDepth: 4 }),
  fc.string({ unit: "grapheme", maxLength: 40 }),
  fc.constantFrom(
    "x".repeat(200_000),
    "'; DROP TABLE shipments; --",
    "%_%",
    "\ud800\udfff\ud800",
    "2026-02-30",
    "9999-99-99T99:99:99Z",
    -1,
    2 ** 53,
    Number.MAX_SAFE_INTEGER,
    null,
    [],
    {},
  ),
  fc.constant(JSON.parse(`${"[".repeat(300)}${"]".repeat(300)}`)),
);

const LEAKS = /QueryFailedError|SQLITE_[A-Z]+|\bER_[A-Z]{3,}|\bat [\w.<>]+ \(/;

const ALLOWED_CODES = new Set([
  "BAD_USER_INPUT",
  "GRAPHQL_VALIDATION_FAILED",
  "BAD_REQUEST",
  "FORBIDDEN",
  "PAYLOAD_TOO_LARGE",
]);

async function tableCounts(): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const [name, subgraph] of Object.entries(graph.subgraphs)) {
    for (const entity of subgraph.dataSource.entityMetadatas) {
      counts[`${name}.${entity.tableName}`] = await subgraph.dataSource.getRepository(entity.target).count();
    }
  }
  return counts;
}

it("answers every fuzzed mutation with a clean error and writes nothing", async () => {
  const mutations = Object.values(schema.getMutationType()!.getFields());
  const before = await tableCounts();
  let requests = 0;

  for (const mutation of mutations) {
    const declarations = mutation.args.map((arg) => `$${arg.name}: ${String(arg.type)}`).join(", ");
    const argumentsText = mutation.args.map((arg) => `${arg.name}: $${arg.name}`).join(", ");
    const payload = getNamedType(mutation.type);
    const selection = isObjectType(payload) ? " { __typename userErrors { field code message } }" : "";
    const document = `mutation Fuzz${declarations ? `(${declarations})` : ""} { ${mutation.name}${argumentsText ? `(${argumentsText})` : ""}${selection} }`;
    const samples = fc.sample(fc.tuple(...mutation.args.map(() => hostileValue)), { numRuns: 12, seed: 42 });
    for (const sample of samples) {
      const variables = Object.fromEntries(mutation.args.map((arg, i) => [arg.name, sample[i]]));
      const response = await fetch(graph.gatewayUrl, {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${await graph.auth.token()}` },
        body: JSON.stringify({ query: document, variables }),
      });
      requests += 1;
      const text = await response.text();
      expect(response.status).toBeLessThan(500);
      const body = JSON.parse(text) as Data;
      const userErrors: Data[] = body.data?.[mutation.name]?.userErrors ?? [];
      // Refused either way: by a top-level error, or by the business rules in the payload.
      expect((body.errors?.length ?? 0) + userErrors.length).toBeGreaterThan(0);
      for (const error of userErrors) {
        expect(error.field).toEqual(expect.any(Array));
        expect(error.message).not.toMatch(LEAKS);
      }
      for (const error of body.errors ?? []) {
        expect(ALLOWED_CODES).toContain(error.extensions?.code);
        expect(error.extensions).not.toHaveProperty("stacktrace");
        // graphql-js echoes a variable it could not coerce; anything else must not leak internals
        if (!String(error.message).startsWith('Variable "$')) {
          expect(error.message).not.toMatch(LEAKS);
        }
      }
    }
  }

  expect(requests).toBeGreaterThan(100);
  const after = await tableCounts();
  // idempotency keys and disclosures aside, no table changed
  expect(after).toEqual(before);
}, 120_000);
