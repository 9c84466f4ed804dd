import { type RunningService } from "@frontera/service";
import { type TestGraph, postToSubgraph } from "@frontera/testing";
import { SHIPMENT_DOSSIER } from "../support/canonical-operations";
import { startHeldProxy } from "../support/held-proxy";
import { startGatewayReplica, startWholeGraph } from "../support/whole-graph";

type Data = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

let graph: TestGraph;
let partner: string;
let tripNumber: string;

beforeAll(async () => {
  graph = await startWholeGraph({ seed: 6, shipments: 100 });
  partner = await graph.auth.token({
    agency: "SENASICA",
    kind: "partner",
    scopes: ["reference:read", "cargo:manifest:read", "inspection:agri:read"],
  });
  const { body } = await graph.query<Data>("{ trips(first: 1) { edges { node { tripNumber } } } }");
  tripNumber = body.data!.trips.edges[0].node.tripNumber;
});

afterAll(async () => {
  await graph?.stop();
});

/** Gives up after 5 s: without the limits these requests run for far longer (or exhaust the heap). */
async function timed(send: (signal: AbortSignal) => Promise<{ status: number; body: Data }>) {
  const started = Date.now();
  const { status, body } = await send(AbortSignal.timeout(5_000));
  return { status, body, ms: Date.now() - started };
}

function atGateway(query: string, variables: Record<string, unknown>, token: string) {
  return timed(async (signal) => {
    const response = await fetch(graph.gatewayUrl, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
      body: JSON.stringify({ query, variables }),
      signal,
    });
    return { status: response.status, body: (await response.json()) as Data };
  });
}

function atCargo(query: string, variables: Record<string, unknown>, token: string) {
  return timed(() =>
    postToSubgraph<Data>(
      graph.subgraphs.cargo.url,
      query,
      variables,
      { authorization: `Bearer ${token}` },
      graph.auth.subgraphSecret,
    ),
  );
}

// trip → shipments → trip → …, 28 fields deep: straight at cargo it once ran the process out of heap
const deep = () => {
  let selection = "tripNumber";
  for (let level = 0; level < 27; level += 2) selection = `shipments { trip { ${selection} } }`;
  return `query Deep($trip: ID!) { trip(tripNumber: $trip) { ${selection} } }`;
};

// three nested pages of shipments, n³ rows: the page size hides in a variable
const BOMB = `query Bomb($n: Int!) { port(code: "2304") { shipments(first: $n) { edges { node { port {
  shipments(first: $n) { edges { node { port { shipments(first: $n) { edges { node { shipmentControlNumber } } } } } } } } } } } } }`;
// cargo does not serve Query.port: the same bomb through the port entity, as the planner would ask
const BOMB_AT_CARGO = `query Bomb($n: Int!, $representations: [_Any!]!) { _entities(representations: $representations) {
  ... on PortOfEntry { shipments(first: $n) { edges { node { port { shipments(first: $n) { edges { node { port {
  shipments(first: $n) { edges { node { shipmentControlNumber } } } } } } } } } } } } } }`;
const PORT_2304 = [{ __typename: "PortOfEntry", code: "2304" }];

describe("operation limits priced from variables, at the gateway and straight at a subgraph", () => {
  it.each([
    [
      "a 28-deep trip/shipments query",
      () => [deep(), { trip: tripNumber }, deep(), { trip: tripNumber }] as const,
      /depth/i,
    ],
    [
      "the n³ query with n = 40 in a variable",
      () => [BOMB, { n: 40 }, BOMB_AT_CARGO, { n: 40, representations: PORT_2304 }] as const,
      /operation cost \d+ exceeds the limit of \d+/,
    ],
    [
      "the n³ query with n = 100 in a variable",
      () => [BOMB, { n: 100 }, BOMB_AT_CARGO, { n: 100, representations: PORT_2304 }] as const,
      /operation cost \d+ exceeds the limit of \d+/,
    ],
  ])(
    "refuses %s at both before any SQL runs, while another token's ShipmentDossier succeeds",
    async (_case, make, message) => {
      const [gatewayQuery, gatewayVariables, cargoQuery, cargoVariables] = make();
      // Refused at validation, so no resolver and no statement runs anywhere: the cost of a
      // refusal is that of parsing (its speed is the bench's business, not an assertion here).
      graph.resetStatementCounts();
      await atGateway(gatewayQuery, gatewayVariables, partner);
      await atCargo(cargoQuery, cargoVariables, partner);
      expect(Object.values(graph.statementCounts()).every((count) => count === 0)).toBe(true);

      const [viaGateway, direct, dossier] = await Promise.all([
        atGateway(gatewayQuery, gatewayVariables, partner),
        atCargo(cargoQuery, cargoVariables, partner),
        graph.query<Data>(SHIPMENT_DOSSIER, { port: "2304", first: 20 }),
      ]);

      for (const refused of [viaGateway, direct]) {
        expect(refused.status).toBe(400);
        expect(refused.body.data ?? null).toBeNull();
        expect(refused.body.errors[0].extensions.code).toBe("GRAPHQL_VALIDATION_FAILED");
        expect(refused.body.errors[0].message).toMatch(message);
      }
      expect(dossier.body.errors).toBeUndefined();
      expect(dossier.body.data!.shipments.edges.length).toBeGreaterThan(0);
    },
  );

  it("names the cost and the limit, and lets small pages of the same query through", async () => {
    const refused = await atGateway(BOMB, { n: 40 }, partner);
    expect(refused.body.errors[0].extensions).toMatchObject({ cost: 333_124, maxCost: 60_000 });

    const small = await atGateway(BOMB, { n: 2 }, partner);
    expect(small.body.errors).toBeUndefined();
    const direct = await atCargo(BOMB_AT_CARGO, { n: 2, representations: PORT_2304 }, partner);
    expect(direct.body.errors).toBeUndefined();
    expect(direct.body.data!._entities[0].shipments.edges.length).toBe(2);
  });
});

describe("requests in flight per token", () => {
  let proxy: Awaited<ReturnType<typeof startHeldProxy>>;
  let gateway: RunningService;

  beforeAll(async () => {
    // cargo behind a proxy that holds a request for as long as the test needs: requests in flight
    proxy = await startHeldProxy(graph.subgraphs.cargo.url);
    gateway = await startGatewayReplica(graph, { maxConcurrentPerToken: 2, subgraphUrls: { cargo: proxy.url } });
  });

  afterAll(async () => {
    await gateway?.stop();
    await proxy?.close();
  });

  // each request its own page size: the gateway shares one subgraph fetch between identical ones
  let pages = 0;
  const small = () => `{ shipments(first: ${(pages = (pages % 100) + 1)}) { totalCount } }`;
  const send = async (token: string, query = small(), signal?: AbortSignal) => {
    const response = await fetch(gateway.url, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
      body: JSON.stringify({ query }),
      signal,
    });
    return { status: response.status, headers: response.headers, body: (await response.json()) as Data };
  };
  /** Sends a request that stays in flight until released. */
  const held = async (token: string, signal?: AbortSignal) => {
    const hold = proxy.holdNext();
    const answer = send(token, small(), signal);
    answer.catch(() => undefined); // an aborted one rejects; the test asks for it
    // a request refused before reaching cargo would never arrive: fail fast rather than at the test timeout
    await Promise.race([
      hold.arrived,
      new Promise((_, reject) => setTimeout(() => reject(new Error("the request never reached cargo")), 5_000).unref()),
    ]);
    return { answer, release: hold.release };
  };
  /** The slot of an aborted request is freed once the server sees the connection close. */
  const eventually = async (attempt: () => Promise<{ status: number }>) => {
    for (let tries = 0; ; tries += 1) {
      const result = await attempt();
      if (result.status !== 429 || tries === 50) return result;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  };

  it("answers 429 RATE_LIMITED past the limit, serves other tokens, and frees slots on completion and disconnect", async () => {
    const busy = await graph.auth.token({
      agency: "APHIS",
      kind: "partner",
      scopes: ["reference:read", "cargo:manifest:read"],
    });
    const other = await graph.auth.token({
      agency: "ANAM",
      kind: "partner",
      scopes: ["reference:read", "cargo:manifest:read"],
    });

    const first = await held(busy);
    const abort = new AbortController();
    const second = await held(busy, abort.signal);

    const refused = await send(busy);
    expect(refused.status).toBe(429);
    expect(refused.body.errors[0].extensions.code).toBe("RATE_LIMITED");
    expect(refused.body.errors[0].message).toMatch(/at most 2 at once/);
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);

    const another = await send(other, `query { shipments(first: 5) { edges { node { shipmentControlNumber } } } }`);
    expect(another.status).toBe(200);
    expect(another.body.data.shipments.edges.length).toBe(5);

    // the client of the second goes away: its slot is free although its fetch is still held
    abort.abort();
    const afterDisconnect = await eventually(() => send(busy));
    expect(afterDisconnect.status).toBe(200);

    first.release();
    second.release();
    expect((await first.answer).status).toBe(200);

    // both slots free again: two held at once are admitted, a third is not
    const third = await held(busy);
    const fourth = await held(busy);
    expect((await send(busy)).status).toBe(429);
    third.release();
    fourth.release();
    expect((await third.answer).status).toBe(200);
    expect((await fourth.answer).status).toBe(200);
  });

  it("frees the slots of requests that fail", async () => {
    const token = await graph.auth.token({
      agency: "SENASICA",
      kind: "partner",
      scopes: ["reference:read", "cargo:manifest:read"],
    });
    for (let i = 0; i < 4; i += 1) {
      const failed = await send(token, "{ shipments(first: 1) { nope } }");
      expect(failed.status).toBe(400);
    }
    // none of the four kept its slot: two are admitted at once, and only two
    const first = await held(token);
    const second = await held(token);
    expect((await send(token)).status).toBe(429);
    first.release();
    second.release();
    expect((await first.answer).status).toBe(200);
    expect((await second.answer).status).toBe(200);
  });
});
