import { type TestGraph } from "@frontera/testing";
import { type Data, ok } from "../support/graphql-expectations";
import { startWholeGraph } from "../support/whole-graph";

// Orders on the travellers subgraph's lists and filters on the nested lists (README, "Lists"):
// pages walked forwards and backwards agree, a cursor never carries a name, and an order by name
// answers only where names may be read.

let graph: TestGraph;

beforeAll(async () => {
  graph = await startWholeGraph();
});

afterAll(async () => {
  await graph?.stop();
});

const TRAVELLERS = `query Page($filter: TravellerFilter, $orderBy: TravellerOrder, $first: Int, $after: String, $last: Int, $before: String) {
  travellers(filter: $filter, orderBy: $orderBy, first: $first, after: $after, last: $last, before: $before) {
    totalCount
    edges { cursor node { id travellerId familyName givenNames } }
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
  }
}`;

/** Every page, forwards from the start or backwards from the end; the nodes in list order. */
async function walkTravellers(variables: Data, size: number, backward = false, token?: string) {
  const seen: Data[] = [];
  let cursor: string | null = null;
  for (;;) {
    const page: Data = backward ? { last: size, before: cursor } : { first: size, after: cursor };
    const { body }: { body: { data?: Data | null; errors?: Data[] } } = await graph.query<Data>(
      TRAVELLERS,
      { ...variables, ...page },
      token,
    );
    expect(body.errors).toBeUndefined();
    const { edges, pageInfo }: { edges: Data[]; pageInfo: Data } = body.data!.travellers;
    const nodes = edges.map((edge: Data) => edge.node);
    if (backward) seen.unshift(...nodes);
    else seen.push(...nodes);
    const more = backward ? pageInfo.hasPreviousPage : pageInfo.hasNextPage;
    if (!more) return seen;
    cursor = backward ? pageInfo.startCursor : pageInfo.endCursor;
  }
}

const BY_NAME = { field: "NAME", direction: "ASC" };
const SEARCH = { name: "m" };

describe("travellers ordered by name", () => {
  it("walks every match once, in name order, the same forwards and backwards", async () => {
    const { travellers } = await ok(graph, TRAVELLERS, { filter: SEARCH, orderBy: BY_NAME, first: 0 });
    expect(travellers.totalCount).toBeGreaterThan(12);

    const forwards = await walkTravellers({ filter: SEARCH, orderBy: BY_NAME }, 7);
    const backwards = await walkTravellers({ filter: SEARCH, orderBy: BY_NAME }, 5, true);
    expect(forwards).toHaveLength(travellers.totalCount);
    expect(new Set(forwards.map((node) => node.id)).size).toBe(forwards.length);
    expect(backwards.map((node) => node.id)).toEqual(forwards.map((node) => node.id));

    // In name order as the database compares names: each family name sorts no earlier than the one
    // before it, and the same rows by id hold the same people.
    const byId = await walkTravellers({ filter: SEARCH }, 100);
    expect(new Set(byId.map((node) => node.id))).toEqual(new Set(forwards.map((node) => node.id)));
    const descending = await walkTravellers({ filter: SEARCH, orderBy: { field: "NAME", direction: "DESC" } }, 9);
    expect(descending.map((node) => node.id)).toEqual(forwards.map((node) => node.id).reverse());
    const families = forwards.map((node) => node.familyName);
    expect(families).not.toEqual([...families].reverse());
  });

  it("keeps names out of its cursors", async () => {
    const { travellers } = await ok(graph, TRAVELLERS, { filter: SEARCH, orderBy: BY_NAME, first: 5 });
    for (const { cursor, node } of travellers.edges) {
      const decoded = Buffer.from(cursor, "base64url").toString("utf8");
      expect(decoded).not.toContain(node.familyName);
      expect(decoded).not.toContain(node.givenNames);
      expect(decoded).toContain(node.travellerId);
    }
  });

  it("refuses a cursor of another order", async () => {
    const { travellers } = await ok(graph, TRAVELLERS, { filter: SEARCH, first: 2 });
    const { body } = await graph.query<Data>(TRAVELLERS, {
      filter: SEARCH,
      orderBy: BY_NAME,
      first: 2,
      after: travellers.pageInfo.endCursor,
    });
    expect(body.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "after" });
  });

  it("is refused to a partner that may read no name, and never ranks a name the partner cannot read", async () => {
    const inm = await graph.auth.token({
      agency: "INM",
      kind: "partner",
      scopes: ["reference:read", "traveller:membership:read"],
    });
    const refused = await graph.query<Data>(TRAVELLERS, { orderBy: BY_NAME, first: 5 }, inm);
    expect(refused.body.data?.travellers ?? null).toBeNull();
    expect(refused.body.errors?.[0].extensions).toMatchObject({ code: "FORBIDDEN", field: "orderBy" });
    // By id the same partner still lists the people its membership scope reaches.
    const byId = await graph.query<Data>(TRAVELLERS, { first: 5 }, inm);
    expect(byId.body.data!.travellers.edges.length).toBeGreaterThan(0);

    const anam = await graph.auth.token({
      agency: "ANAM",
      kind: "partner",
      scopes: ["reference:read", "cargo:manifest:read", "traveller:identity:read"],
    });
    const people = await walkTravellers({ filter: SEARCH, orderBy: BY_NAME }, 50, false, anam);
    expect(people.length).toBeGreaterThan(0);
    for (const person of people) expect(person.familyName).not.toBeNull();
  });
});

const CROSSINGS = `query ($orderBy: CrossingOrder, $filter: CrossingFilter, $last: Int) {
  crossings(filter: $filter, orderBy: $orderBy, first: 30) { edges { node { id at port { code } } } }
  backwards: crossings(filter: $filter, orderBy: $orderBy, last: $last) { edges { node { id at } } }
}`;

describe("crossings ordered by time, and filtered where they hang off a traveller", () => {
  it("lists oldest first when asked, and the last page backwards is the newest", async () => {
    const filter = { portCode: "2506" };
    const data = await ok(graph, CROSSINGS, { filter, orderBy: { field: "AT", direction: "ASC" }, last: 3 });
    const times = data.crossings.edges.map((edge: Data) => Date.parse(edge.node.at));
    expect(times.length).toBeGreaterThan(3);
    expect(times).toEqual([...times].sort((a, b) => a - b));
    expect(data.crossings.edges.every((edge: Data) => edge.node.port.code === "2506")).toBe(true);
    const newest = await ok(graph, CROSSINGS, { filter, orderBy: { field: "AT", direction: "DESC" }, last: 1 });
    const lastOfAscending = data.backwards.edges.at(-1).node.id;
    expect(newest.crossings.edges[0].node.id).toBe(lastOfAscending);
  });

  it("filters and orders a traveller's own crossings", async () => {
    const { crossings } = await ok(
      graph,
      `{ crossings(first: 1, filter: { portCode: "2506" }) { edges { node { traveller { id } } } } }`,
    );
    const id = crossings.edges[0].node.traveller.id;
    const query = `query ($id: ID!, $port: ID, $orderBy: CrossingOrder) { traveller(id: $id) {
      all: crossings(first: 100) { totalCount edges { node { at port { code } } } }
      here: crossings(first: 100, filter: { portCode: $port }, orderBy: $orderBy) { totalCount edges { node { at port { code } } } }
    } }`;
    const { traveller } = await ok(graph, query, { id, port: "2506", orderBy: { field: "AT", direction: "ASC" } });
    const here = traveller.here.edges.map((edge: Data) => edge.node);
    expect(here.length).toBeGreaterThan(0);
    expect(here.every((node: Data) => node.port.code === "2506")).toBe(true);
    expect(traveller.here.totalCount).toBe(
      traveller.all.edges.filter((edge: Data) => edge.node.port.code === "2506").length,
    );
    const times = here.map((node: Data) => Date.parse(node.at));
    expect(times).toEqual([...times].sort((a, b) => a - b));
  });
});

describe("filters on the nested lists of reference rows", () => {
  it("Program.shipments takes the shipments filter and an order", async () => {
    const { program } = await ok(
      graph,
      `{ program(code: "FAST") {
        all: shipments(first: 0) { totalCount }
        laredo: shipments(first: 20, filter: { portCode: "2304" }, orderBy: { field: ESTIMATED_ARRIVAL, direction: ASC }) {
          totalCount edges { node { port { code } trip { estimatedArrival } programs { code } } }
        }
      } }`,
    );
    const nodes = program.laredo.edges.map((edge: Data) => edge.node);
    expect(nodes.length).toBeGreaterThan(0);
    expect(program.laredo.totalCount).toBeLessThan(program.all.totalCount);
    for (const node of nodes) {
      expect(node.port.code).toBe("2304");
      expect(node.programs.map((p: Data) => p.code)).toContain("FAST");
    }
    const arrivals = nodes.map((node: Data) => Date.parse(node.trip.estimatedArrival));
    expect(arrivals).toEqual([...arrivals].sort((a, b) => a - b));
  });

  it("Agency.inspections takes the inspections filter and an order", async () => {
    const { agency } = await ok(
      graph,
      `{ agency(code: "CBP") {
        inspections(first: 20, filter: { kind: AGRICULTURE }, orderBy: { field: STARTED_AT, direction: ASC }) {
          edges { node { kind startedAt agencies { code } } }
        }
      } }`,
    );
    const nodes = agency.inspections.edges.map((edge: Data) => edge.node);
    expect(nodes.length).toBeGreaterThan(0);
    for (const node of nodes) {
      expect(node.kind).toBe("AGRICULTURE");
      expect(node.agencies.map((a: Data) => a.code)).toContain("CBP");
    }
    const started = nodes.map((node: Data) => Date.parse(node.startedAt));
    expect(started).toEqual([...started].sort((a, b) => a - b));
  });
});
