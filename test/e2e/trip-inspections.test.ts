import { type TestGraph } from "@frontera/testing";
import { type Data, ok as expectOk } from "../support/graphql-expectations";
import { startWholeGraph } from "../support/whole-graph";

// One exam of a whole truck (an NII X-ray) is one inspection of its trip, not one per shipment:
// every shipment of the trip lists it and takes its result, and a partner that may not read it
// learns nothing of it, not even through a shipment's status.

let graph: TestGraph;
let trip: { tripNumber: string; shipments: string[] };
const LAREDO = "2304"; // a UCP port: ANAM reads joint exams and statuses there

beforeAll(async () => {
  graph = await startWholeGraph();
  const { trips } = await ok(
    `query ($port: ID!) { trips(filter: { portCode: $port, crossed: false }, first: 100) {
      edges { node { tripNumber shipments { shipmentControlNumber } } }
    } }`,
    { port: LAREDO },
  );
  const found = trips.edges.map((edge: Data) => edge.node).find((node: Data) => node.shipments.length >= 2);
  trip = {
    tripNumber: found.tripNumber,
    shipments: found.shipments.map((shipment: Data) => shipment.shipmentControlNumber),
  };
});

afterAll(async () => {
  await graph?.stop();
});

const ok = (query: string, variables?: Record<string, unknown>) => expectOk(graph, query, variables);

const OPEN = `mutation ($input: OpenInspectionInput!) { openInspection(input: $input) {
  inspection { id kind shipment { shipmentControlNumber } trip { tripNumber } port { code } result }
  userErrors { field code message }
} }`;
const RECORD = `mutation ($input: InspectionResultInput!) { recordInspectionResult(input: $input) {
  inspection { id result } userErrors { field code }
} }`;
const XRAY = { kind: "NII_XRAY", agencyCodes: ["CBP"], locationCountry: "US", startedAt: "2026-11-20T10:00:00Z" };

async function inspectionCount(): Promise<number> {
  const [{ count }] = await graph.subgraphs.cargo.dataSource.query("SELECT COUNT(*) AS count FROM inspections");
  return Number(count);
}

const SHIPMENTS = `query ($trip: ID!) { trip(tripNumber: $trip) {
  inspections { id kind result }
  shipments { shipmentControlNumber status inspections { id kind result trip { tripNumber } } }
} }`;

describe("an inspection of a whole trip", () => {
  it("is opened once for the truck and counts for every shipment on it", async () => {
    const opened = (await ok(OPEN, { input: { ...XRAY, target: { tripNumber: trip.tripNumber } } })).openInspection;
    expect(opened.userErrors).toEqual([]);
    expect(opened.inspection).toMatchObject({
      kind: "NII_XRAY",
      shipment: null,
      trip: { tripNumber: trip.tripNumber },
      port: { code: LAREDO },
      result: "PENDING",
    });
    const id = opened.inspection.id;

    let found = (await ok(SHIPMENTS, { trip: trip.tripNumber })).trip;
    expect(found.inspections).toEqual([{ id, kind: "NII_XRAY", result: "PENDING" }]);
    expect(found.shipments).toHaveLength(trip.shipments.length);
    for (const shipment of found.shipments) {
      expect(shipment.inspections.filter((inspection: Data) => inspection.id === id)).toHaveLength(1);
      expect(shipment.status).toBe("IN_INSPECTION");
    }

    const recorded = await ok(RECORD, {
      input: { inspectionId: id, result: "SEIZED", endedAt: "2026-11-20T11:00:00Z" },
    });
    expect(recorded.recordInspectionResult.userErrors).toEqual([]);
    found = (await ok(SHIPMENTS, { trip: trip.tripNumber })).trip;
    expect(found.shipments.map((shipment: Data) => shipment.status)).toEqual(trip.shipments.map(() => "SEIZED"));

    // Filtered by status, each shipment of the trip is found as seized (the stored status).
    const { shipments } = await ok(
      `query ($port: ID!) { shipments(filter: { portCode: $port, status: SEIZED }, first: 100) {
        edges { node { shipmentControlNumber } }
      } }`,
      { port: LAREDO },
    );
    const seized = shipments.edges.map((edge: Data) => edge.node.shipmentControlNumber);
    for (const number of trip.shipments) expect(seized).toContain(number);
  });

  it("reads the trip's shipments once when its result refreshes their statuses", async () => {
    const opened = (await ok(OPEN, { input: { ...XRAY, target: { tripNumber: trip.tripNumber } } })).openInspection;
    expect(opened.userErrors).toEqual([]);
    graph.resetStatementCounts();
    const recorded = await ok(RECORD, {
      input: { inspectionId: opened.inspection.id, result: "RELEASED", endedAt: "2026-11-20T11:00:00Z" },
    });
    expect(recorded.recordInspectionResult.userErrors).toEqual([]);
    const shipmentReads = graph.subgraphs.cargo.statements.recorded.filter((sql) =>
      /^SELECT\b.*\bFROM [`"]shipments[`"]/is.test(sql),
    );
    expect(shipmentReads).toHaveLength(1);
  });

  it("is never seen by a partner that may not read it, not even as a shipment's status", async () => {
    const anam = await graph.auth.token({
      agency: "ANAM",
      kind: "partner",
      scopes: ["reference:read", "cargo:manifest:read", "inspection:joint:read"],
    });
    const { body } = await graph.query<Data>(SHIPMENTS, { trip: trip.tripNumber }, anam);
    const seen = body.data!.trip;
    // ANAM reads joint exams only: CBP's X-ray of the truck is not one.
    expect(seen.inspections).toEqual([]);
    for (const shipment of seen.shipments) {
      expect(shipment.inspections.some((inspection: Data) => inspection.kind === "NII_XRAY")).toBe(false);
      expect(shipment.status).not.toBe("SEIZED");
    }
  });

  it("needs exactly one target (the input is @oneOf), and a refused one writes nothing", async () => {
    const before = await inspectionCount();
    const { data } = (
      await graph.query<Data>(`{ __type(name: "InspectionTargetInput") { isOneOf inputFields { name } } }`)
    ).body;
    expect(data!.__type).toEqual({
      isOneOf: true,
      inputFields: [{ name: "shipmentControlNumber" }, { name: "tripNumber" }],
    });
    for (const target of [{ tripNumber: trip.tripNumber, shipmentControlNumber: trip.shipments[0] }, {}]) {
      const { body } = await graph.query<Data>(OPEN, { input: { ...XRAY, target } });
      expect(body.data).toBeUndefined();
      expect(body.errors).toMatchObject([
        { extensions: { code: "BAD_USER_INPUT" }, message: expect.stringContaining("InspectionTargetInput") },
      ]);
    }
    const literal = await graph.query<Data>(
      `mutation { openInspection(input: { target: { tripNumber: "${trip.tripNumber}", shipmentControlNumber: null },
        kind: NII_XRAY, agencyCodes: ["CBP"], locationCountry: "US", startedAt: "2026-11-20T10:00:00Z" }) { inspection { id } } }`,
    );
    expect(literal.body.errors).toMatchObject([{ extensions: { code: "GRAPHQL_VALIDATION_FAILED" } }]);
    const unknown = await ok(OPEN, { input: { ...XRAY, target: { tripNumber: "ABCD0000000000" } } });
    expect(unknown.openInspection.userErrors).toMatchObject([
      { field: ["input", "target", "tripNumber"], code: "NOT_FOUND" },
    ]);
    expect(await inspectionCount()).toBe(before);
  });
});
