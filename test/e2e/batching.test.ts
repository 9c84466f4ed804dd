import { type Operation, type TestGraph } from "@frontera/testing";
import { PORT_DASHBOARD, TRAVELLER_PROFILE } from "../support/canonical-operations";
import { type Data } from "../support/graphql-expectations";
import { startWholeGraph } from "../support/whole-graph";

// Batching is a correctness property: the SQL statements each subgraph sends for a canonical
// operation do not grow with the page size. (ShipmentDossier: shipment-dossier.test.ts.)

let graph: TestGraph;

beforeAll(async () => {
  // the reference cache off: the counts show the subgraphs' own batching (see reference-cache.test.ts)
  graph = await startWholeGraph({ seed: 6, shipments: 1200 }, { referenceCacheSeconds: 0 });
});

afterAll(async () => {
  await graph?.stop();
});

async function statementsAt(query: Operation<unknown>, variables: Record<string, unknown>, pages: [number, number]) {
  const counts: Array<Record<string, number>> = [];
  const sizes: number[] = [];
  for (const first of pages) {
    const sized = query.replace("first: 20", `first: ${first}`);
    await graph.query<Data>(sized, variables); // warm: plans and the caller's access lookups
    graph.resetStatementCounts();
    const { body } = await graph.query<Data>(sized, variables);
    expect(body.errors).toBeUndefined();
    counts.push(graph.statementCounts());
    expect(counts.at(-1)!.agreements).toBeGreaterThan(0); // asked, not answered by the gateway's cache
    sizes.push(JSON.stringify(body.data).length);
  }
  return { counts, sizes };
}

it("TravellerProfile costs the same statements per subgraph for 5 crossings as for 100", async () => {
  // the driver with the most trips in the seed, so that 100 crossings exist
  const { body } = await graph.query<Data>(
    `{ trips(filter: { crossed: true }, first: 100) { edges { node { driver { id } } } } }`,
  );
  const tally = new Map<string, number>();
  for (const { node } of body.data!.trips.edges) tally.set(node.driver.id, (tally.get(node.driver.id) ?? 0) + 1);
  const [driver] = [...tally.entries()].sort((a, b) => b[1] - a[1])[0];

  const { counts, sizes } = await statementsAt(TRAVELLER_PROFILE, { id: driver }, [5, 100]);
  expect(sizes[1]).toBeGreaterThan(sizes[0]);
  expect(counts[1]).toEqual(counts[0]);
});

it("PortDashboard costs the same statements per subgraph for 5 inspections as for 100", async () => {
  const { counts, sizes } = await statementsAt(
    PORT_DASHBOARD,
    { code: "2304", from: "2026-09-01T00:00:00Z", to: "2026-12-01T00:00:00Z" },
    [5, 100],
  );
  expect(sizes[1]).toBeGreaterThan(sizes[0]);
  expect(counts[1]).toEqual(counts[0]);
});
