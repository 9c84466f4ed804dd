import { type TestGraph } from "@frontera/testing";
import { SHIPMENT_DOSSIER } from "../support/canonical-operations";
import { startWholeGraph } from "../support/whole-graph";

type Data = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

let graph: TestGraph;

beforeAll(async () => {
  graph = await startWholeGraph({ seed: 6, shipments: 100 });
});

afterAll(async () => {
  await graph?.stop();
});

describe("one subgraph down", () => {
  it("still answers ShipmentDossier from cargo and agreements, with an error naming travellers", async () => {
    await graph.subgraphs.travellers.stop();
    const { status, body } = await graph.query<Data>(SHIPMENT_DOSSIER, { port: "2304", first: 10 });

    expect(status).toBe(200);
    const nodes = body.data!.shipments.edges.map((edge: Data) => edge.node);
    expect(nodes).toHaveLength(10);
    for (const node of nodes) {
      expect(node.port.name).toBe("Laredo");
      expect(node.trip.driver?.familyName ?? null).toBeNull();
    }
    const travellersErrors = body.errors!.filter((error) => JSON.stringify(error).includes("travellers"));
    expect(travellersErrors.length).toBeGreaterThan(0);
    expect(JSON.stringify(body.errors)).not.toMatch(/ECONNREFUSED|127\.0\.0\.1|at .*\.js/);
  });
});
