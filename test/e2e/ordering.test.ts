import { type TestGraph } from "@frontera/testing";
import { type Data, ok, refused } from "../support/graphql-expectations";
import { startWholeGraph } from "../support/whole-graph";

let graph: TestGraph;

beforeAll(async () => {
  graph = await startWholeGraph();
  // The seed's inspections have all ended: open some, a few started at the same instant (so the
  // unique key breaks the tie), for a queue of pending ones.
  const shipments = await ok(graph, `{ shipments(first: 30) { edges { node { shipmentControlNumber } } } }`);
  for (const [i, { node }] of shipments.shipments.edges.entries()) {
    const startedAt = new Date(Date.UTC(2026, 9, 1 + (i % 20), 12)).toISOString();
    await ok(
      graph,
      `mutation Open($input: OpenInspectionInput!) { openInspection(input: $input) { inspection { id } } }`,
      {
        input: {
          target: { shipmentControlNumber: node.shipmentControlNumber },
          kind: "PRIMARY",
          agencyCodes: ["CBP"],
          locationCountry: "US",
          startedAt,
        },
      },
    );
  }
});

afterAll(async () => {
  await graph?.stop();
});

/** A list with an order, and how to read a node's sort key (time, then its unique key). */
interface OrderedList {
  list: string;
  arguments: string;
  node: string;
  key: (node: Data) => [string, string];
}

const LISTS: Record<string, OrderedList> = {
  shipments: {
    list: "shipments",
    arguments: "",
    node: "shipmentControlNumber estimatedArrival: trip { estimatedArrival }",
    key: (node) => [node.estimatedArrival.estimatedArrival, node.shipmentControlNumber],
  },
  "shipments at Laredo": {
    list: "shipments",
    arguments: `filter: { portCode: "2304" }`,
    node: "shipmentControlNumber estimatedArrival: trip { estimatedArrival }",
    key: (node) => [node.estimatedArrival.estimatedArrival, node.shipmentControlNumber],
  },
  trips: {
    list: "trips",
    arguments: "",
    node: "tripNumber estimatedArrival",
    key: (node) => [node.estimatedArrival, node.tripNumber],
  },
  inspections: {
    list: "inspections",
    arguments: "",
    node: "inspectionId startedAt",
    key: (node) => [node.startedAt, node.inspectionId],
  },
  "pending inspections": {
    list: "inspections",
    arguments: "filter: { result: PENDING }",
    node: "inspectionId startedAt",
    key: (node) => [node.startedAt, node.inspectionId],
  },
};

const FIELD = { shipments: "ESTIMATED_ARRIVAL", trips: "ESTIMATED_ARRIVAL", inspections: "STARTED_AT" } as Record<
  string,
  string
>;

function pageQuery({ list, arguments: filter, node }: OrderedList) {
  return `query Page($first: Int!, $after: String, $orderBy: ${list === "shipments" ? "Shipment" : list === "trips" ? "Trip" : "Inspection"}Order) {
    ${list}(${filter} first: $first, after: $after, orderBy: $orderBy) {
      totalCount edges { node { ${node} } } pageInfo { hasNextPage endCursor }
    }
  }`;
}

/** Every page from the first, `first` rows at a time: the nodes' keys in the order received. */
async function walk(ordered: OrderedList, orderBy: Data | null, first: number) {
  const keys: Array<[string, string]> = [];
  let after: string | null = null;
  let totalCount = 0;
  for (;;) {
    const data: Data = await ok(graph, pageQuery(ordered), { first, after, orderBy });
    const page = data[ordered.list];
    totalCount = page.totalCount;
    keys.push(...page.edges.map(({ node }: Data) => ordered.key(node)));
    if (!page.pageInfo.hasNextPage) return { keys, totalCount };
    after = page.pageInfo.endCursor;
  }
}

function compareKeys(a: [string, string], b: [string, string]): number {
  const time = new Date(a[0]).getTime() - new Date(b[0]).getTime();
  return time !== 0 ? time : a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0;
}

// Shipments carry their trip's estimated arrival: the trip's is what a client can read.
describe.each(Object.entries(LISTS))("%s, walked forward with after", (_name, ordered) => {
  it.each(["ASC", "DESC"])("in each direction (%s) covers every row exactly once, in order", async (direction) => {
    const orderBy = { field: FIELD[ordered.list], direction };
    const { keys, totalCount } = await walk(ordered, orderBy, 17);

    expect(totalCount).toBeGreaterThan(17);
    expect(keys).toHaveLength(totalCount);
    expect(new Set(keys.map(([, id]) => id)).size).toBe(totalCount);
    const sorted = [...keys].sort(compareKeys);
    expect(keys).toEqual(direction === "ASC" ? sorted : sorted.reverse());
  });
});

describe("orderBy", () => {
  it("defaults to the order it had before: latest first", async () => {
    const byDefault = await walk(LISTS.inspections, null, 100);
    const latestFirst = await walk(LISTS.inspections, { field: "STARTED_AT", direction: "DESC" }, 100);

    expect(byDefault.keys).toEqual(latestFirst.keys);
  });

  it("answers 'pending inspections, oldest first' with the oldest pending ones", async () => {
    const data = await ok(
      graph,
      `{ inspections(filter: { result: PENDING }, orderBy: { field: STARTED_AT, direction: ASC }, first: 10) {
        edges { node { inspectionId result startedAt } } } }`,
    );
    const oldest = await graph.subgraphs.cargo.dataSource.query<Array<{ id: string }>>(
      "SELECT id FROM inspections WHERE result = 'PENDING' ORDER BY startedAt ASC, id ASC LIMIT 10",
    );

    expect(oldest.length).toBe(10);
    expect(data.inspections.edges.map(({ node }: Data) => node.inspectionId)).toEqual(oldest.map(({ id }) => id));
    for (const { node } of data.inspections.edges) expect(node.result).toBe("PENDING");
  });

  it("refuses a cursor under another order than its own, naming after", async () => {
    const query = pageQuery(LISTS.shipments);
    const newestFirst = await ok(graph, query, { first: 3 });
    const error = await refused(graph, query, {
      first: 3,
      after: newestFirst.shipments.pageInfo.endCursor,
      orderBy: { field: "ESTIMATED_ARRIVAL", direction: "ASC" },
    });

    expect(error.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "after" });
    expect(error.message).toMatch(/after is a cursor of another order/);
  });

  it("takes the field from its enum only", async () => {
    const error = await refused(
      graph,
      `{ shipments(first: 1, orderBy: { field: "estimatedArrival; DROP TABLE shipments", direction: ASC }) { totalCount } }`,
    );

    expect(error.message).toMatch(/ShipmentOrderField/);
  });
});
