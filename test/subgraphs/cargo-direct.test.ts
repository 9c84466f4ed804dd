import { type TestGraph, postToSubgraph, type TestSubgraph } from "@frontera/testing";
import { startWholeGraph } from "../support/whole-graph";

// The cargo subgraph asked directly, as the gateway asks it: signed, with an internal token.
let graph: TestGraph;
let subgraph: TestSubgraph;
let token: string;

beforeAll(async () => {
  graph = await startWholeGraph({ seed: 3, shipments: 300 });
  subgraph = graph.subgraphs.cargo;
  token = await graph.auth.token();
});

afterAll(async () => {
  await graph?.stop();
});

const postGraphQL = <Data = Record<string, unknown>>(url: string, query: string, variables?: Record<string, unknown>) =>
  postToSubgraph<Data>(url, query, variables, { authorization: `Bearer ${token}` }, graph.auth.subgraphSecret);

interface Page {
  shipments: {
    totalCount: number;
    edges: Array<{ cursor: string; node: { shipmentControlNumber: string; port: { code: string } } }>;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
}

const PAGE = `query ($filter: ShipmentFilter, $first: Int!, $after: String) {
  shipments(filter: $filter, first: $first, after: $after) {
    totalCount
    edges { cursor node { shipmentControlNumber port { code } } }
    pageInfo { hasNextPage endCursor }
  }
}`;

const page = (variables: Record<string, unknown>) => postGraphQL<Page>(subgraph.url, PAGE, variables);

describe("shipments connection", () => {
  it("walks every shipment of a port once, page by page, in the order of the first page", async () => {
    const seen: string[] = [];
    let after: string | null = null;
    let totalCount = 0;
    do {
      const { body }: { body: { data?: Page | null } } = await page({ filter: { portCode: "2304" }, first: 25, after });
      const connection: Page["shipments"] = body.data!.shipments;
      totalCount = connection.totalCount;
      for (const { node } of connection.edges) {
        expect(node.port.code).toBe("2304");
        seen.push(node.shipmentControlNumber);
      }
      after = connection.pageInfo.hasNextPage ? connection.pageInfo.endCursor : null;
    } while (after);

    expect(totalCount).toBeGreaterThan(25);
    expect(seen).toHaveLength(totalCount);
    expect(new Set(seen).size).toBe(totalCount);
  });

  it("sends the count and the page only when they are asked for", async () => {
    const statementsFor = async (selection: string) => {
      subgraph.statements.reset();
      const { body } = await postGraphQL(
        subgraph.url,
        `{ shipments(filter: { portCode: "2304" }, first: 5) { ${selection} } }`,
      );
      expect(body.errors).toBeUndefined();
      return subgraph.statements.count;
    };

    expect(await statementsFor("totalCount")).toBe(1);
    expect(await statementsFor("edges { cursor }")).toBe(1);
    expect(await statementsFor("totalCount edges { cursor } pageInfo { hasNextPage endCursor }")).toBe(2);
  });

  it("lists the busiest port first: Laredo has more shipments than any other port", async () => {
    const counts: Record<string, number> = {};
    for (const portCode of ["2304", "2506", "2305", "2402", "2604"]) {
      const { body } = await page({ filter: { portCode }, first: 0 });
      counts[portCode] = body.data!.shipments.totalCount;
    }
    expect(Math.max(...Object.values(counts))).toBe(counts["2304"]);
  });

  it.each([
    [{ first: 101 }, "first"],
    [{ first: -1 }, "first"],
    [{ first: 10, after: "not-a-cursor" }, "after"],
    [
      { first: 10, filter: { estimatedArrival: { from: "2026-11-02T00:00:00Z", to: "2026-11-01T00:00:00Z" } } },
      "filter.estimatedArrival.to",
    ],
  ])("rejects %j with BAD_USER_INPUT naming %s", async (variables, field) => {
    const { body } = await page(variables);

    expect(body.data?.shipments ?? null).toBeNull();
    expect(body.errors![0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field });
  });

  it("counts only the shipments inside an arrival window", async () => {
    const all = await page({ first: 0 });
    const window = await page({
      first: 0,
      filter: { estimatedArrival: { from: "2026-10-01T00:00:00Z", to: "2026-11-01T00:00:00Z" } },
    });

    expect(window.body.data!.shipments.totalCount).toBeGreaterThan(0);
    expect(window.body.data!.shipments.totalCount).toBeLessThan(all.body.data!.shipments.totalCount);
  });
});

describe("cargo entities", () => {
  it("resolves trips and shipments by key for the gateway in one statement per type", async () => {
    const { body: listing } = await page({ first: 6 });
    const numbers = listing.data!.shipments.edges.map(({ node }) => node.shipmentControlNumber);
    subgraph.statements.reset();
    const { body } = await postGraphQL(
      subgraph.url,
      `query ($representations: [_Any!]!) {
        _entities(representations: $representations) {
          ... on Shipment { shipmentControlNumber trip { tripNumber driverId } }
        }
      }`,
      { representations: numbers.map((shipmentControlNumber) => ({ __typename: "Shipment", shipmentControlNumber })) },
    );

    expect(body.errors).toBeUndefined();
    const entities = body.data!._entities as Array<{ shipmentControlNumber: string; trip: { tripNumber: string } }>;
    expect(entities.map((entity) => entity.shipmentControlNumber)).toEqual(numbers);
    for (const entity of entities)
      expect(entity.trip.tripNumber.slice(0, 4)).toBe(entity.shipmentControlNumber.slice(0, 4));
    expect(subgraph.statements.count).toBe(2);
  });

  it("answers null for a shipment or trip that does not exist", async () => {
    const { body } = await postGraphQL(
      subgraph.url,
      `{ shipment(shipmentControlNumber: "ABCD0000") { type } trip(tripNumber: "ABCD00000000") { lane } }`,
    );

    expect(body.errors).toBeUndefined();
    expect(body.data).toEqual({ shipment: null, trip: null });
  });
});
