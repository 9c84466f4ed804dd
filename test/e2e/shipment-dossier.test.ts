import { type TestGraph } from "@frontera/testing";
import { startWholeGraph } from "../support/whole-graph";

const REDUCED_DOSSIER = /* GraphQL */ `
  query ReducedDossier($port: ID!, $first: Int!) {
    shipments(filter: { portCode: $port }, first: $first) {
      totalCount
      edges {
        node {
          shipmentControlNumber
          port {
            code
            name
            mxAduanaSeccion
          }
          trip {
            tripNumber
            lane
            driver {
              id
              familyName
              givenNames
              memberships {
                program {
                  code
                  name
                }
                status
              }
            }
          }
          programs {
            code
            name
            legalBasis {
              id
              title
            }
          }
          goodsItems {
            hsCode
            description
            originCountry
            grossMassKg
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`;

interface DossierNode {
  shipmentControlNumber: string;
  port: { code: string; name: string; mxAduanaSeccion: string };
  trip: {
    tripNumber: string;
    lane: string;
    driver: {
      id: string;
      familyName: string | null;
      memberships: Array<{ program: { code: string; name: string }; status: string }>;
    };
  };
  programs: Array<{ code: string; name: string | null; legalBasis: Array<{ id: string }> }>;
  goodsItems: Array<{ hsCode: string }>;
}

interface DossierData {
  shipments: { totalCount: number; edges: Array<{ node: DossierNode }>; pageInfo: { hasNextPage: boolean } };
}

let graph: TestGraph;

beforeAll(async () => {
  graph = await startWholeGraph();
});

afterAll(async () => {
  await graph?.stop();
});

describe("ShipmentDossier through the gateway", () => {
  it("joins shipments from cargo with port and program names from agreements and drivers from travellers", async () => {
    const { status, body } = await graph.query<DossierData>(REDUCED_DOSSIER, { port: "2304", first: 10 });

    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    const { totalCount, edges } = body.data!.shipments;
    expect(totalCount).toBeGreaterThan(10);
    expect(edges).toHaveLength(10);
    for (const { node } of edges) {
      expect(node.shipmentControlNumber).toMatch(/^[A-Z]{4}[A-Z0-9]{4,12}$/);
      expect(node.port).toEqual({ code: "2304", name: "Laredo", mxAduanaSeccion: "240" });
      expect(node.trip.tripNumber.slice(0, 4)).toBe(node.shipmentControlNumber.slice(0, 4));
      expect(node.trip.driver.familyName).toEqual(expect.any(String));
      expect(node.goodsItems.length).toBeGreaterThan(0);
      for (const program of node.programs) expect(program.name).toEqual(expect.any(String));
    }
  });

  it("puts FAST and UCP lane trips only on drivers with an active FAST membership", async () => {
    const { body } = await graph.query<DossierData>(REDUCED_DOSSIER, { port: "2304", first: 100 });
    const edges = body.data!.shipments.edges;
    const fastLaneTrips = edges.filter(({ node }) => node.trip.lane !== "STANDARD");
    const ucp = edges.flatMap(({ node }) => node.programs).find((program) => program.code === "UCP");

    expect(ucp).toMatchObject({ name: "Unified Cargo Processing", legalBasis: [{ id: "2018-cpi-ucp-mou" }] });

    expect(fastLaneTrips.length).toBeGreaterThan(0);
    for (const { node } of fastLaneTrips) {
      expect(node.trip.driver.memberships).toContainEqual({
        program: { code: "FAST", name: "Free and Secure Trade" },
        status: "ACTIVE",
      });
    }
  });

  it("sends as many SQL statements per subgraph for 50 shipments as for 5", async () => {
    graph.resetStatementCounts();
    const small = await graph.query<DossierData>(REDUCED_DOSSIER, { port: "2304", first: 5 });
    const fewCounts = graph.statementCounts();
    graph.resetStatementCounts();
    const large = await graph.query<DossierData>(REDUCED_DOSSIER, { port: "2304", first: 50 });
    const manyCounts = graph.statementCounts();

    expect(small.body.errors).toBeUndefined();
    expect(large.body.errors).toBeUndefined();
    expect(large.body.data!.shipments.edges).toHaveLength(50);
    expect(manyCounts).toEqual(fewCounts);
    // count + page + trips + goods items + programs in cargo; travellers and memberships; ports,
    // programs and their legal basis in agreements.
    expect(fewCounts.cargo).toBeLessThanOrEqual(5);
    expect(fewCounts.travellers).toBeLessThanOrEqual(2);
    expect(fewCounts.agreements).toBeLessThanOrEqual(6);
  });
});
