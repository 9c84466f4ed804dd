import { type TestGraph, testDatabaseKind } from "@frontera/testing";
import {
  PORT_DASHBOARD,
  SHIPMENT_DOSSIER,
  SHIPMENT_DOSSIER_AFTER,
  SHIPMENT_DOSSIER_ORDERED,
  TRAVELLER_PROFILE,
} from "../support/canonical-operations";
import { type Data, ok } from "../support/graphql-expectations";
import { explainReads, growingSteps } from "../support/query-plans";
import { startWholeGraph } from "../support/whole-graph";

// Query plans are MySQL's: on the embedded default there is nothing to check.
const describeOnMysql = testDatabaseKind() === "mysql" ? describe : describe.skip;

// Big enough that every table that grows with the data holds far more than SMALL_ROWS rows and
// the optimizer plans as it does at scale; the reference tables stay below it.
const SEED = { seed: 2018, shipments: 10_000 };
const SMALL_ROWS = 1_000;

let graph: TestGraph;

beforeAll(async () => {
  if (testDatabaseKind() === "mysql") graph = await startWholeGraph(SEED);
});

afterAll(async () => {
  await graph?.stop();
});

// A tenth of Laredo's shipments deep: where MariaDB 10.11, asked for the page directly, walks back
// from the newest row and reads every row before the cursor (as it would 10,000 rows deep into a
// million shipments).
async function laredoCursor(rowsDeep: number, orderBy: Data | null = null): Promise<string> {
  let after: string | null = null;
  for (let walked = 0; walked < rowsDeep; walked += 100) {
    const data: Data = await ok(
      graph,
      `query Walk($after: String, $orderBy: ShipmentOrder) {
        shipments(filter: { portCode: "2304" }, first: 100, after: $after, orderBy: $orderBy) { pageInfo { endCursor } }
      }`,
      { after, orderBy },
    );
    after = data.shipments.pageInfo.endCursor;
  }
  return after!;
}

type Operation = { query: string; variables: Data };

async function canonicalOperations(): Promise<Record<string, Operation>> {
  const driver = await ok(graph, `{ trips(filter: { crossed: true }, first: 1) { edges { node { driver { id } } } } }`);
  return {
    "ShipmentDossier, first page": { query: SHIPMENT_DOSSIER.toString(), variables: { port: "2304" } },
    "ShipmentDossier, 500 rows deep": {
      query: SHIPMENT_DOSSIER_AFTER.toString(),
      variables: { port: "2304", after: await laredoCursor(500) },
    },
    TravellerProfile: { query: TRAVELLER_PROFILE.toString(), variables: { id: driver.trips.edges[0].node.driver.id } },
    PortDashboard: {
      query: PORT_DASHBOARD.toString(),
      variables: { code: "2304", from: "2026-09-01T00:00:00Z", to: "2026-12-01T00:00:00Z" },
    },
  };
}

const AT_LAREDO = `filter: { portCode: "2304" }`;
/** Every list the graph orders, each order it offers, and the filters it is read with. */
const ORDERED_LISTS = [
  ...["ESTIMATED_ARRIVAL"].map((field) => ({
    list: "shipments",
    type: "ShipmentOrder",
    field,
    node: "shipmentControlNumber",
    filters: ["", AT_LAREDO],
  })),
  { list: "trips", type: "TripOrder", field: "ESTIMATED_ARRIVAL", node: "tripNumber", filters: ["", AT_LAREDO] },
  {
    list: "inspections",
    type: "InspectionOrder",
    field: "STARTED_AT",
    node: "id",
    filters: ["", AT_LAREDO, "filter: { result: PENDING }", "filter: { result: RELEASED }"],
  },
  { list: "crossings", type: "CrossingOrder", field: "AT", node: "id", filters: ["", AT_LAREDO] },
  ...["ID", "NAME"].map((field) => ({
    list: "travellers",
    type: "TravellerOrder",
    field,
    node: "id",
    filters: ["", `filter: { name: "pena" }`],
  })),
];

/**
 * Every order the graph offers, in both directions, on each list it orders: unfiltered, at a port,
 * and (inspections) a queue of one result; ShipmentDossier oldest first, on its first page and deep.
 */
async function orderedOperations(): Promise<Record<string, Operation>> {
  const operations: Record<string, Operation> = {};
  for (const { list, type, field, node, filters } of ORDERED_LISTS) {
    for (const filter of filters) {
      for (const direction of ["ASC", "DESC"]) {
        const query = `query Ordered($orderBy: ${type}, $after: String) {
          ${list}(${filter} first: 20, after: $after, orderBy: $orderBy) { edges { node { ${node} } } pageInfo { endCursor } }
        }`;
        const orderBy = { field, direction };
        const first: Data = await ok(graph, query, { orderBy });
        const name = `${list}(${filter}) by ${field} ${direction}`;
        operations[name] = { query, variables: { orderBy } };
        operations[`${name}, second page`] = { query, variables: { orderBy, after: first[list].pageInfo.endCursor } };
      }
    }
  }
  for (const direction of ["ASC", "DESC"]) {
    const orderBy = { field: "ESTIMATED_ARRIVAL", direction };
    operations[`ShipmentDossier by arrival ${direction}`] = {
      query: SHIPMENT_DOSSIER_ORDERED.toString(),
      variables: { port: "2304", orderBy },
    };
    operations[`ShipmentDossier by arrival ${direction}, 500 rows deep`] = {
      query: SHIPMENT_DOSSIER_ORDERED.toString(),
      variables: { port: "2304", orderBy, after: await laredoCursor(500, orderBy) },
    };
  }
  return operations;
}

/**
 * Backward pages (`last`, `before`) of every order, in both directions: the final page of each
 * list, unfiltered and at a port, and the page before a cursor 500 rows from Laredo's end. The
 * order is reversed for them, so each index is read the other way from forward paging.
 */
async function backwardOperations(): Promise<Record<string, Operation>> {
  const operations: Record<string, Operation> = {};
  for (const { list, type, field, node, filters } of ORDERED_LISTS) {
    for (const filter of filters.slice(0, 2)) {
      for (const direction of ["ASC", "DESC"]) {
        const query = `query Backward($orderBy: ${type}, $before: String) {
          ${list}(${filter} last: 20, before: $before, orderBy: $orderBy) { edges { node { ${node} } } pageInfo { startCursor } }
        }`;
        const orderBy = { field, direction };
        operations[`${list}(${filter}) by ${field} ${direction}, last page`] = { query, variables: { orderBy } };
      }
    }
  }
  for (const direction of ["ASC", "DESC"]) {
    // 500 rows deep in the other direction is 500 rows from this one's end.
    const orderBy = { field: "ESTIMATED_ARRIVAL", direction };
    const opposite = { field: "ESTIMATED_ARRIVAL", direction: direction === "ASC" ? "DESC" : "ASC" };
    const deep: Data = await ok(
      graph,
      `query Row($after: String, $orderBy: ShipmentOrder) {
        shipments(filter: { portCode: "2304" }, first: 1, after: $after, orderBy: $orderBy) { edges { node { shipmentControlNumber } } }
      }`,
      { after: await laredoCursor(500, opposite), orderBy: opposite },
    );
    const scn = deep.shipments.edges[0].node.shipmentControlNumber;
    // The same row's cursor under this order: find it by walking this order's last page back.
    const query = `query Backward($orderBy: ShipmentOrder, $before: String) {
      shipments(filter: { portCode: "2304" }, last: 100, before: $before, orderBy: $orderBy) {
        edges { cursor node { shipmentControlNumber } } pageInfo { startCursor }
      }
    }`;
    let before: string | null = null;
    let found: string | null = null;
    while (!found) {
      const page: Data = await ok(graph, query, { orderBy, before });
      found = page.shipments.edges.find((edge: Data) => edge.node.shipmentControlNumber === scn)?.cursor ?? null;
      before = page.shipments.pageInfo.startCursor;
    }
    operations[`shipments at Laredo by arrival ${direction}, last 100 before a row 500 from the end`] = {
      query,
      variables: { orderBy, before: found },
    };
  }
  return operations;
}

/**
 * Runs one operation, then EXPLAINs every read it caused in every subgraph (the callers' access
 * lookups included) and names what in those plans grows with the data.
 */
async function planProblems(operation: Operation) {
  graph.resetStatementCounts();
  await ok(graph, operation.query, operation.variables);
  const problems: string[] = [];
  let reads = 0;
  for (const [name, subgraph] of Object.entries(graph.subgraphs)) {
    const planned = await explainReads(subgraph.dataSource, subgraph.statements.captured);
    reads += planned.length;
    for (const statement of planned) {
      for (const problem of growingSteps(statement, SMALL_ROWS))
        problems.push(`${name}: ${problem} in ${statement.query}`);
    }
  }
  return { problems, reads };
}

describeOnMysql("the SQL of the canonical operations, EXPLAINed on MySQL", () => {
  it("reads big tables only through index ranges and key lookups, in index order", async () => {
    const found: Record<string, string[]> = {};
    const none: Record<string, string[]> = {};
    for (const [name, operation] of Object.entries(await canonicalOperations())) {
      const { problems, reads } = await planProblems(operation);
      expect(reads).toBeGreaterThan(0);
      found[name] = problems;
      none[name] = [];
    }
    expect(found).toEqual(none);
  });

  it("reads every order offered, in either direction, through an index range", async () => {
    const found: Record<string, string[]> = {};
    const none: Record<string, string[]> = {};
    for (const [name, operation] of Object.entries(await orderedOperations())) {
      const { problems, reads } = await planProblems(operation);
      expect(reads).toBeGreaterThan(0);
      found[name] = problems;
      none[name] = [];
    }
    expect(found).toEqual(none);
  });

  it("reads backward pages of every order through an index range, read the other way", async () => {
    const found: Record<string, string[]> = {};
    const none: Record<string, string[]> = {};
    for (const [name, operation] of Object.entries(await backwardOperations())) {
      const { problems, reads } = await planProblems(operation);
      expect(reads).toBeGreaterThan(0);
      found[name] = problems;
      none[name] = [];
    }
    expect(found).toEqual(none);
  });

  it("reads a partner's page of a few kinds at a port a page per kind, however rare the kinds", async () => {
    // ANAM's UCP arrangement shows it the joint kinds only (about 2% of Laredo's northbound
    // inspections): read as one range of the port, its page examined every row until 20 were
    // joint ones (docs/performance.md, "A partner's inspections").
    const anam = await graph.auth.token({
      agency: "ANAM",
      kind: "partner",
      scopes: ["reference:read", "cargo:manifest:read", "inspection:joint:read"],
    });
    const query = `query ($after: String, $last: Int, $before: String, $first: Int) {
      port(code: "2304") { inspections(first: $first, after: $after, last: $last, before: $before) {
        edges { node { kind startedAt } } pageInfo { endCursor startCursor } } } }`;
    const cargo = graph.subgraphs.cargo;
    const readPage = async (variables: Data) => {
      cargo.statements.reset();
      const { body } = await graph.query<Data>(query, variables, anam);
      expect(body.errors).toBeUndefined();
      const planned = await explainReads(cargo.dataSource, cargo.statements.captured);
      return {
        page: body.data!.port.inspections,
        // The page's statement: its keys read (LIMIT), then its rows by key.
        read: planned.find(({ query }) => query.includes("FROM `inspections`") && /\bLIMIT\b/.test(query)),
      };
    };
    const first = await readPage({ first: 20 });
    const second = await readPage({ first: 20, after: first.page.pageInfo.endCursor });
    const pages = {
      first,
      second,
      last: await readPage({ last: 20 }),
      "20 before the second's end": await readPage({ last: 20, before: second.page.pageInfo.endCursor }),
    };

    // Up to 21 keys from each joint kind's range, then the page's 21 rows by key.
    const bound = 21 * 2 + 21;
    const rowsRead = Object.entries(pages).map(([name, { page, read }]) => [
      name,
      page.edges.length,
      read?.storedRowsRead,
    ]);
    expect(rowsRead).toEqual(Object.keys(pages).map((name) => [name, 20, expect.any(Number)]));
    expect(rowsRead.filter(([, , read]) => Number(read) > bound)).toEqual([]);
  });

  it("names the scan when the index a page is read by is missing", async () => {
    const cargo = graph.subgraphs.cargo.dataSource;
    const [byPort] = await cargo.query<Array<{ Key_name: string }>>(
      "SHOW INDEX FROM shipments WHERE Column_name = 'portCode' AND Seq_in_index = 1",
    );
    await cargo.query(`DROP INDEX \`${byPort.Key_name}\` ON shipments`);

    const { problems } = await planProblems((await canonicalOperations())["ShipmentDossier, first page"]);
    // Without it MySQL scans, or (with the index on direction and arrival) reads far more rows than the page.
    expect(problems).toContainEqual(
      expect.stringMatching(/^cargo: (.* of shipment|a page of \d+ rows reading \d+ rows) .*FROM `shipments`/),
    );
  });
});
