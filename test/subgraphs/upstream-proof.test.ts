import { signRequest } from "@frontera/service";
import { type TestGraph, postToSubgraph } from "@frontera/testing";
import { startWholeGraph } from "../support/whole-graph";

// A subgraph answers only what a Frontera gateway (or service) signed, and still checks the
// caller's token. A partner's valid token alone, sent straight to a subgraph, gets nothing.
let graph: TestGraph;
let partner: string;
let internal: string;

beforeAll(async () => {
  graph = await startWholeGraph({ seed: 4, shipments: 100 });
  partner = await graph.auth.token({
    agency: "SENASICA",
    kind: "partner",
    scopes: ["reference:read", "cargo:manifest:read", "inspection:agri:read"],
  });
  internal = await graph.auth.token();
  const [traveller] = await graph.subgraphs.travellers.dataSource.getRepository("Traveller").find({ take: 1 });
  ASKS.travellers._entities.variables = { r: [{ __typename: "Traveller", travellerId: traveller.id }] };
});

afterAll(async () => {
  await graph?.stop();
});

type Data = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

interface Ask {
  query: string;
  variables?: Record<string, unknown>;
}

/** Per subgraph: a root query, an entity fetch and `_service`, each of which returns data when let in. */
const ASKS: Record<string, Record<string, Ask>> = {
  agreements: {
    query: { query: `{ ports { code } }` },
    _entities: {
      query: `query ($r: [_Any!]!) { _entities(representations: $r) { ... on PortOfEntry { code name } } }`,
      variables: { r: [{ __typename: "PortOfEntry", code: "2304" }] },
    },
    _service: { query: `{ _service { sdl } }` },
  },
  cargo: {
    query: { query: `{ shipments(first: 2) { totalCount edges { node { shipmentControlNumber } } } }` },
    _entities: {
      query: `query ($r: [_Any!]!) {
        _entities(representations: $r) { ... on PortOfEntry { code shipments(first: 1) { totalCount } } }
      }`,
      variables: { r: [{ __typename: "PortOfEntry", code: "2304" }] },
    },
    _service: { query: `{ _service { sdl } }` },
  },
  travellers: {
    query: { query: `{ travellers(first: 2) { totalCount } }` },
    _entities: {
      query: `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Traveller { travellerId familyName } } }`,
      variables: {}, // a seeded traveller's id, in beforeAll
    },
    _service: { query: `{ _service { sdl } }` },
  },
};

const CASES = Object.entries(ASKS).flatMap(([subgraph, asks]) =>
  Object.entries(asks).map(([kind, ask]) => [subgraph, kind, ask] as const),
);

const send = (subgraph: string, ask: Ask, token: string, secret?: string) =>
  postToSubgraph<Data>(
    graph.subgraphs[subgraph].url,
    ask.query,
    ask.variables,
    { authorization: `Bearer ${token}` },
    secret,
  );

const totalStatements = () => Object.values(graph.statementCounts()).reduce((sum, n) => sum + n, 0);

describe("a request that did not come through a gateway", () => {
  it.each(CASES)("%s: %s with a valid partner token, unsigned → 401, no SQL", async (subgraph, _kind, ask) => {
    graph.resetStatementCounts();
    const { status, body } = await send(subgraph, ask, partner);
    expect(status).toBe(401);
    expect(body.errors![0].extensions).toMatchObject({ code: "UNAUTHENTICATED" });
    expect(body.data ?? null).toBeNull();
    expect(totalStatements()).toBe(0);
  });

  it.each(CASES)("%s: %s signed with another secret → 401, no SQL", async (subgraph, _kind, ask) => {
    graph.resetStatementCounts();
    const { status, body } = await send(subgraph, ask, internal, `${graph.auth.subgraphSecret}-not`);
    expect(status).toBe(401);
    expect(body.errors![0].extensions).toMatchObject({ code: "UNAUTHENTICATED" });
    expect(totalStatements()).toBe(0);
  });

  it("refuses a signature of another query or other variables (a replayed signature)", async () => {
    const signed = signRequest(graph.auth.subgraphSecret, ASKS.cargo._entities);
    const replayed = await fetch(graph.subgraphs.cargo.url, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${internal}` },
      body: JSON.stringify({ ...signed, variables: { r: [{ __typename: "PortOfEntry", code: "2506" }] } }),
    });
    expect(replayed.status).toBe(401);
  });

  it("refuses GET, which carries no signed body", async () => {
    const url = `${graph.subgraphs.agreements.url}?query=${encodeURIComponent("{ ports { code } }")}`;
    const response = await fetch(url, {
      headers: { authorization: `Bearer ${internal}`, "apollo-require-preflight": "1" },
    });
    expect(response.status).toBe(401);
  });
});

describe("a request signed as the gateway signs it", () => {
  it.each(CASES)("%s: %s with a valid token → data", async (subgraph, _kind, ask) => {
    // The partner may read reference data and manifests; travellers' fields need an internal token.
    const { status, body } = await send(
      subgraph,
      ask,
      subgraph === "travellers" ? internal : partner,
      graph.auth.subgraphSecret,
    );
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    expect(Object.values(body.data!)[0]).toBeTruthy();
  });

  it.each(Object.keys(ASKS))("%s: still needs a valid token of its own", async (subgraph) => {
    const { status } = await send(subgraph, ASKS[subgraph].query, "not-a-token", graph.auth.subgraphSecret);
    expect(status).toBe(401);
  });

  it.each(Object.keys(ASKS))("%s: refuses introspection even to an internal token", async (subgraph) => {
    for (const query of [`{ __schema { queryType { name } } }`, `{ __type(name: "Query") { fields { name } } }`]) {
      const { body } = await send(subgraph, { query }, internal, graph.auth.subgraphSecret);
      expect(body.data ?? null).toBeNull();
      expect(body.errors![0].message).toMatch(/introspection/i);
    }
  });

  it.each(Object.keys(ASKS))("%s: suggests no field names for a mistyped one", async (subgraph) => {
    const { body } = await send(subgraph, { query: `{ _servce { sdl } }` }, internal, graph.auth.subgraphSecret);
    expect(body.errors![0].message).not.toMatch(/Did you mean/);
  });
});
