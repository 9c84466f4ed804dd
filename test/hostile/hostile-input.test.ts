import { type TestGraph } from "@frontera/testing";
import { SHIPMENT_DOSSIER } from "../support/canonical-operations";
import { startWholeGraph } from "../support/whole-graph";

type Data = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

let graph: TestGraph;
let internal: string;
let partner: string;

beforeAll(async () => {
  graph = await startWholeGraph({ seed: 6, shipments: 100 }, { rateLimits: { perToken: 40, perAgency: 1000 } });
  internal = await graph.auth.token();
  partner = await graph.auth.token({
    agency: "SENASICA",
    kind: "partner",
    scopes: ["reference:read", "cargo:manifest:read", "inspection:agri:read"],
  });
});

afterAll(async () => {
  await graph?.stop();
});

async function send(body: string, headers: Record<string, string> = {}, token = internal) {
  const started = Date.now();
  const response = await fetch(graph.gatewayUrl, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${token}`, ...headers },
    body,
  });
  const text = await response.text();
  return {
    status: response.status,
    body: JSON.parse(text) as Data,
    ms: Date.now() - started,
    headers: response.headers,
  };
}

const aliases = (count: number) => `{ ${[...Array(count)].map((_, i) => `a${i}: agencies { code }`).join(" ")} }`;
const deep = (depth: number) => {
  // program → legalBasis → programs → legalBasis → …: a cycle that nests as deep as asked
  let selection = "code";
  for (let level = 0; level < depth; level += 2) selection = `legalBasis { programs { ${selection} } }`;
  return `{ program(code: "UCP") { ${selection} } }`;
};

describe("operation limits, refused before any planning", () => {
  it.each([
    ["a 500-alias query", () => JSON.stringify({ query: aliases(500) })],
    ["a depth-30 query", () => JSON.stringify({ query: deep(30) })],
    ["a 2 MB document", () => JSON.stringify({ query: `{ agencies { code } } # ${"x".repeat(2_000_000)}` })],
  ])("refuses %s before any SQL runs, while a normal query still succeeds", async (_case, make) => {
    // Refused before planning: no subgraph runs a statement for it (speed is the bench's business).
    graph.resetStatementCounts();
    await send(make());
    expect(Object.values(graph.statementCounts()).every((count) => count === 0)).toBe(true);

    const [hostile, normal] = await Promise.all([
      send(make()),
      graph.query<Data>(SHIPMENT_DOSSIER, { port: "2304", first: 5 }),
    ]);

    expect(hostile.status).toBeGreaterThanOrEqual(400);
    expect(hostile.body.data ?? null).toBeNull();
    expect(hostile.body.errors[0].extensions.code).toEqual(expect.any(String));
    expect(normal.body.errors).toBeUndefined();
    expect(normal.body.data!.shipments.edges.length).toBe(5);
  });

  it("lets the canonical operations through with room to spare", async () => {
    const { body } = await graph.query<Data>(SHIPMENT_DOSSIER, { port: "2304", first: 100 });
    expect(body.errors).toBeUndefined();
  });

  it("refuses batched requests", async () => {
    const { status, body } = await send(
      JSON.stringify([{ query: "{ agencies { code } }" }, { query: "{ agencies { code } }" }]),
    );
    expect(status).toBe(400);
    expect(JSON.stringify(body)).not.toContain('"code":"CBP"');
  });

  it("gives no field suggestions", async () => {
    const { body } = await send(JSON.stringify({ query: "{ shipmnts { totalCount } }" }));
    expect(body.errors[0].message).not.toMatch(/Did you mean/);
  });

  it("answers introspection with the caller's contract: partners see their part, internal callers the whole", async () => {
    const query = JSON.stringify({ query: "{ __schema { queryType { name } mutationType { name } } }" });
    const contract = await send(query, {}, partner);
    expect(contract.body.errors).toBeUndefined();
    expect(contract.body.data.__schema).toEqual({ queryType: { name: "Query" }, mutationType: null });
    const whole = await send(query);
    expect(whole.body.data.__schema).toEqual({ queryType: { name: "Query" }, mutationType: { name: "Mutation" } });
  });
});

describe("HTTP hygiene", () => {
  it("never runs a mutation sent with GET", async () => {
    const url = `${graph.gatewayUrl}?query=${encodeURIComponent('mutation { revokeToken(jti: "abcdefgh-1", reason: "x") { newlyRevoked } }')}`;
    const response = await fetch(url, {
      headers: { authorization: `Bearer ${internal}`, "apollo-require-preflight": "true" },
    });
    expect(response.status).toBe(405);
  });

  it("refuses a simple cross-site GET (CSRF prevention)", async () => {
    const url = `${graph.gatewayUrl}?query=${encodeURIComponent("{ agencies { code } }")}`;
    const response = await fetch(url, { headers: { authorization: `Bearer ${internal}` } });
    expect(response.status).toBe(400);
  });

  it("answers a body that is not JSON with a GraphQL error, not a page", async () => {
    const { status, body } = await send("{ not json");
    expect(status).toBe(400);
    expect(body.errors[0].extensions.code).toBe("BAD_REQUEST");
  });
});

describe("rate limits", () => {
  it("answers 429 with Retry-After once a token spends its budget", async () => {
    const token = await graph.auth.token({ agency: "APHIS", kind: "partner", scopes: ["reference:read"] });
    const results = [];
    for (let i = 0; i < 45; i += 1)
      results.push(await send(JSON.stringify({ query: "{ agencies { code } }" }), {}, token));
    const limited = results.filter((result) => result.status === 429);

    expect(results.slice(0, 40).every((result) => result.status === 200)).toBe(true);
    expect(limited.length).toBe(5);
    expect(Number(limited[0].headers.get("retry-after"))).toBeGreaterThan(0);
    expect(limited[0].body.errors[0].extensions.code).toBe("RATE_LIMITED");
  });
});
