import { type TestGraph } from "@frontera/testing";
import { type Data, ok, refused } from "../support/graphql-expectations";
import { startWholeGraph } from "../support/whole-graph";

let graph: TestGraph;

beforeAll(async () => {
  graph = await startWholeGraph();
});

afterAll(async () => {
  await graph?.stop();
});

/** A connection, where it sits in the graph, and the unique key of its nodes. */
interface PagedList {
  orderType?: string;
  field?: string;
  /** The connection's field with its arguments, and the path from `data` to it. */
  select: (pageArguments: string) => string;
  path: (data: Data) => Data;
  key: string;
}

const LISTS: Record<string, PagedList> = {
  shipments: {
    orderType: "ShipmentOrder",
    field: "ESTIMATED_ARRIVAL",
    select: (page) => `shipments(${page})`,
    path: (data) => data.shipments,
    key: "shipmentControlNumber",
  },
  trips: {
    orderType: "TripOrder",
    field: "ESTIMATED_ARRIVAL",
    select: (page) => `trips(${page})`,
    path: (data) => data.trips,
    key: "tripNumber",
  },
  inspections: {
    orderType: "InspectionOrder",
    field: "STARTED_AT",
    select: (page) => `inspections(${page})`,
    path: (data) => data.inspections,
    key: "id",
  },
  "PortOfEntry.shipments": {
    select: (page) => `port(code: "2304") { shipments(${page})`,
    path: (data) => data.port.shipments,
    key: "shipmentControlNumber",
  },
  "PortOfEntry.inspections": {
    select: (page) => `port(code: "2304") { inspections(${page})`,
    path: (data) => data.port.inspections,
    key: "id",
  },
};

function pageQuery(list: PagedList, orderBy: Data | null) {
  const ordered = list.orderType && orderBy;
  const page = `first: $first, after: $after, last: $last, before: $before${ordered ? ", orderBy: $orderBy" : ""}`;
  const close = list.select("").startsWith("port(") ? "}" : "";
  return `query Page($first: Int, $after: String, $last: Int, $before: String${ordered ? `, $orderBy: ${list.orderType}` : ""}) {
    ${list.select(page)} {
      totalCount edges { cursor node { ${list.key} } }
      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    } ${close}
  }`;
}

type Page = { keys: string[]; pageInfo: Data; totalCount: number };

async function page(list: PagedList, orderBy: Data | null, variables: Data): Promise<Page> {
  const connection = list.path(await ok(graph, pageQuery(list, orderBy), { ...variables, orderBy }));
  return {
    keys: connection.edges.map(({ node }: Data) => node[list.key]),
    pageInfo: connection.pageInfo,
    totalCount: connection.totalCount,
  };
}

async function walkForward(list: PagedList, orderBy: Data | null, first: number) {
  const keys: string[] = [];
  let after: string | null = null;
  for (;;) {
    const { keys: shown, pageInfo }: Page = await page(list, orderBy, { first, after });
    keys.push(...shown);
    if (!pageInfo.hasNextPage) return keys;
    after = pageInfo.endCursor;
  }
}

/** From the end to the start, `last` rows at a time: every page, and the keys in the connection's order. */
async function walkBackward(list: PagedList, orderBy: Data | null, last: number) {
  const pages: Page[] = [];
  let before: string | null = null;
  for (;;) {
    const found: Page = await page(list, orderBy, { last, before });
    pages.push(found);
    if (!found.pageInfo.hasPreviousPage) break;
    before = found.pageInfo.startCursor;
  }
  return { pages, keys: [...pages].reverse().flatMap(({ keys }) => keys) };
}

const WALKS: Array<[string, PagedList, Data | null]> = Object.entries(LISTS).flatMap(
  ([name, list]): Array<[string, PagedList, Data | null]> =>
    list.field
      ? ["ASC", "DESC"].map((direction) => [
          `${name} by ${list.field} ${direction}`,
          list,
          { field: list.field, direction },
        ])
      : [[`${name} in its order`, list, null]],
);

describe.each(WALKS)("%s, walked backward with last and before", (_name, list, orderBy) => {
  it("covers every row exactly once, in order: the forward walk, read from the end", async () => {
    const forward = await walkForward(list, orderBy, 37);
    const { pages, keys } = await walkBackward(list, orderBy, 37);

    expect(forward.length).toBe(pages[0].totalCount);
    expect(pages.length).toBeGreaterThan(2);
    expect(keys).toEqual(forward);
    expect(new Set(keys).size).toBe(keys.length);
    // Each backward page holds the rows just before its cursor, in the connection's order.
    expect(pages[0].keys).toEqual(forward.slice(-37));
    expect(pages[0].pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
    for (const later of pages.slice(1)) expect(later.pageInfo.hasNextPage).toBe(true);
    expect(pages.at(-1)!.pageInfo.hasPreviousPage).toBe(false);
  });
});

describe("last without before", () => {
  it("gives the final rows of the list, in the connection's order", async () => {
    const orderBy = { field: "STARTED_AT", direction: "ASC" };
    const forward = await walkForward(LISTS.inspections, orderBy, 100);
    const final = await page(LISTS.inspections, orderBy, { last: 5 });

    expect(final.keys).toEqual(forward.slice(-5));
    expect(final.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
  });

  it("last: 0 gives no rows and says whether there are any", async () => {
    const none = await page(LISTS.trips, null, { last: 0 });

    expect(none.keys).toEqual([]);
    expect(none.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true, startCursor: null });
  });
});

describe("the arguments refused", () => {
  const query = pageQuery(LISTS.shipments, null);

  it("first with last, naming last", async () => {
    const error = await refused(graph, query, { first: 5, last: 5 });

    expect(error.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "last" });
    expect(error.message).toMatch(/last cannot be combined with first/);
  });

  it("after with before, naming before", async () => {
    const { pageInfo } = await page(LISTS.shipments, null, { first: 5 });
    const error = await refused(graph, query, { last: 2, after: pageInfo.startCursor, before: pageInfo.endCursor });

    expect(error.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "before" });
    expect(error.message).toMatch(/before cannot be combined with after/);
  });

  it("a last above 100, as first is", async () => {
    const error = await refused(graph, query, { last: 101 });

    expect(error.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "last" });
  });

  it("a before of another order, naming before", async () => {
    const { pageInfo } = await page(LISTS.shipments, null, { first: 5 });
    const error = await refused(graph, pageQuery(LISTS.shipments, {}), {
      last: 5,
      before: pageInfo.endCursor,
      orderBy: { field: "ESTIMATED_ARRIVAL", direction: "ASC" },
    });

    expect(error.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "before" });
    expect(error.message).toMatch(/before is a cursor of another order/);
  });
});
