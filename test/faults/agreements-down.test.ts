import { type TestGraph } from "@frontera/testing";
import { SHIPMENT_DOSSIER } from "../support/canonical-operations";
import { startWholeGraph } from "../support/whole-graph";

type Data = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

// How long the gateway and each subgraph keep a token's access rights (packages/agreements-client,
// access-client.ts): past it, they ask agreements again, and with agreements down the whole
// request is refused before any field is resolved.
const ACCESS_CACHE_MS = 2_000;

let graph: TestGraph;

beforeAll(async () => {
  // Reference cache off: port and program names must come from agreements itself, not from
  // answers the gateway kept from the warm-up.
  graph = await startWholeGraph({ seed: 6, shipments: 100 }, { referenceCacheSeconds: 0 });
});

afterAll(async () => {
  await graph?.stop();
});

// The warm-up and the query with agreements down must both fall inside one access-cache window.
// On a loaded machine they sometimes do not; the test then brings agreements back and tries again.
const ATTEMPTS = 3;

interface Answer {
  status: number;
  body: { data?: Data | null; errors?: Data[] };
}

/** ShipmentDossier asked while agreements is down, with every service's access answer still kept. */
async function dossierWithAgreementsDown(): Promise<Answer> {
  for (let attempt = 1; attempt <= ATTEMPTS; attempt++) {
    // Measured from before the warm-up: each service keeps the access answer from the moment the
    // warm-up reached it, so this start is at or before the earliest of them.
    const warmStartedAt = Date.now();
    const warm = await graph.query<Data>(SHIPMENT_DOSSIER, { port: "2304", first: 1 });
    expect(warm.body.errors).toBeUndefined();
    let answer: Answer | undefined;
    let inWindow = false;
    await graph.restartSubgraph("agreements", async () => {
      answer = await graph.query<Data>(SHIPMENT_DOSSIER, { port: "2304", first: 10 });
      inWindow = Date.now() - warmStartedAt < ACCESS_CACHE_MS;
    });
    if (inWindow) return answer!;
  }
  throw new Error(`the machine never fitted the warm-up and the query within ${ACCESS_CACHE_MS} ms`);
}

describe("the agreements subgraph down", () => {
  it("still answers ShipmentDossier with its shipments, port names null and an error naming agreements", async () => {
    // Agreements is also where the gateway, cargo and travellers learn what a token may see. A
    // service that cannot ask refuses the request outright, which is right for a real outage of
    // the access owner; this test is about reference data, so it lets every service learn this
    // token's access first — the same operation through the gateway — and asks again while those
    // answers are still kept. It checks that they were, rather than trusting the clock.
    const { status, body } = await dossierWithAgreementsDown();

    expect(status).toBe(200);
    const nodes = body.data!.shipments.edges.map((edge: Data) => edge.node);
    expect(nodes).toHaveLength(10);
    for (const node of nodes) {
      expect(node.shipmentControlNumber).toEqual(expect.any(String));
      expect(node.port).toEqual({ code: "2304", name: null, mxAduanaSeccion: null });
      expect(node.trip.tripNumber).toEqual(expect.any(String));
      expect(node.goodsItems.length).toBeGreaterThan(0);
      for (const program of node.programs)
        expect(program).toEqual({ code: expect.any(String), name: null, legalBasis: null });
    }
    // Codes are cargo's own: they stay; only what agreements resolves is missing.
    expect(
      nodes.flatMap((node: Data) => node.inspections ?? []).flatMap((inspection: Data) => inspection.agencies),
    ).toEqual(expect.arrayContaining([{ code: expect.any(String) }]));
    expect(body.errors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          extensions: expect.objectContaining({ serviceName: "agreements", code: "SERVICE_UNAVAILABLE" }),
        }),
      ]),
    );
    expect(JSON.stringify(body.errors)).not.toMatch(/ECONNREFUSED|127\.0\.0\.1|at .*\.js/);
  });
});
