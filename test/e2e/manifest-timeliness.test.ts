import { type TestGraph } from "@frontera/testing";
import { PORT_DASHBOARD } from "../support/canonical-operations";
import { type Data, USER_ERRORS, ok as expectOk, problemFields } from "../support/graphql-expectations";
import { startWholeGraph } from "../support/whole-graph";

// Manifest timeliness (19 CFR 123.92): a truck's e-manifest is due 60 minutes before arrival, 30
// for a FAST trip. Each trip says how early its manifest came and whether it was late; a port's
// dashboard counts late manifests from per-day totals kept in the writes' transactions.

let graph: TestGraph;
let driverId: string;
const PORT = "2304";

beforeAll(async () => {
  graph = await startWholeGraph();
  const { body } = await graph.query<Data>(
    `{ trips(filter: { lane: FAST }, first: 1) { edges { node { driver { id } } } } }`,
  );
  driverId = body.data!.trips.edges[0].node.driver.id;
});

afterAll(async () => {
  await graph?.stop();
});

const ok = (query: string, variables?: Record<string, unknown>) => expectOk(graph, query, variables);

const TIMELINESS = "lane manifestReceivedAt manifestMinutesBeforeArrival manifestDueMinutesBeforeArrival manifestLate";

const SUBMIT = `mutation ($input: TripManifestInput!) {
  submitTripManifest(input: $input) { trip { tripNumber ${TIMELINESS} } ${USER_ERRORS} }
}`;

let sequence = 0;

/** Files a manifest now for a truck due `minutes` from now, in `lane`; returns the trip as recorded. */
async function submitDueIn(minutes: number, lane: "FAST" | "STANDARD"): Promise<Data> {
  sequence += 1;
  const number = String(sequence).padStart(4, "0");
  const data = await ok(SUBMIT, {
    input: {
      tripNumber: `TMAN000000${number}`,
      carrier: { name: "Transportes Manifiesto S.A. de C.V.", country: "MX", scac: "TMAN" },
      portCode: PORT,
      estimatedArrival: new Date(Date.now() + minutes * 60_000).toISOString(),
      lane,
      conveyance: { vin: "1M8GDM9AXKP042788", licensePlate: "12AB345" },
      equipment: [{ number: "CSQU3054383", kind: "CONTAINER", seals: ["12345678"] }],
      driverId,
      shipments: [
        {
          shipmentControlNumber: `TMANMF${number}`,
          type: "PAPS",
          shipper: { name: "Maquila del Norte S.A. de C.V.", country: "MX", mxRfc: "MNO010203AB1" },
          consignee: { name: "Border Imports LLC", country: "US" },
          programCodes: lane === "FAST" ? ["FAST", "CTPAT"] : [],
          goodsItems: [
            {
              description: "Auto parts",
              hsCode: "870899",
              nationalCode: "8708998180",
              originCountry: "MX",
              grossMassKg: 9000,
              quantity: 300,
              packagingUnit: "PX",
              value: { minorUnits: 12_500_000, currency: "USD" },
            },
          ],
        },
      ],
    },
  });
  expect(data.submitTripManifest.userErrors).toEqual([]);
  return data.submitTripManifest.trip;
}

/** A dashboard window around now: it starts and ends inside days, so its edges are counted from rows. */
const window = () => ({
  from: new Date(Date.now() - 6 * 3_600_000).toISOString(),
  to: new Date(Date.now() + 30 * 3_600_000).toISOString(),
});

const dashboardLateCount = async (range: { from: string; to: string }) =>
  (await ok(PORT_DASHBOARD.toString(), { code: PORT, ...range })).port.lateManifestCount as number;

/** The late manifests of the window counted row by row: every trip due in it, page by page. */
async function lateRowsIn(range: { from: string; to: string }): Promise<number> {
  let late = 0;
  let after: string | null = null;
  do {
    const data: Data = await ok(
      `query ($filter: TripFilter, $after: String) { trips(filter: $filter, first: 100, after: $after) {
        edges { node { manifestLate } } pageInfo { hasNextPage endCursor } } }`,
      { filter: { portCode: PORT, estimatedArrival: range }, after },
    );
    late += data.trips.edges.filter((edge: Data) => edge.node.manifestLate === true).length;
    after = data.trips.pageInfo.hasNextPage ? data.trips.pageInfo.endCursor : null;
  } while (after);
  return late;
}

describe("a trip's manifest timeliness", () => {
  it("is on time 40 minutes before arrival for a FAST trip and late for a standard one", async () => {
    const fast = await submitDueIn(40, "FAST");
    const standard = await submitDueIn(40, "STANDARD");

    expect(fast).toMatchObject({ manifestDueMinutesBeforeArrival: 30, manifestLate: false });
    expect(standard).toMatchObject({ manifestDueMinutesBeforeArrival: 60, manifestLate: true });
    for (const trip of [fast, standard]) {
      // Received now, due 40 minutes from now: 40 whole minutes, or 39 once the request took a moment.
      expect([39, 40]).toContain(trip.manifestMinutesBeforeArrival);
      expect(Date.parse(trip.manifestReceivedAt)).toBeLessThanOrEqual(Date.now());
    }
  });

  it("is late 20 minutes before arrival for both: the FAST lead is 30 minutes", async () => {
    const fast = await submitDueIn(20, "FAST");
    const standard = await submitDueIn(20, "STANDARD");
    expect(fast.manifestLate).toBe(true);
    expect(standard.manifestLate).toBe(true);
    expect([19, 20]).toContain(fast.manifestMinutesBeforeArrival);
  });

  it("is measured against the crossing once the truck crossed", async () => {
    const range = window();
    const before = await dashboardLateCount(range);
    const trip = await submitDueIn(45, "FAST");
    expect(trip.manifestLate).toBe(false);
    // The truck came early: it crossed two minutes after its manifest, which was then late.
    const crossedAt = new Date(Date.parse(trip.manifestReceivedAt) + 2 * 60_000).toISOString();
    const crossed = await ok(
      `mutation { recordTripCrossing(tripNumber: "${trip.tripNumber}", lane: FAST, crossedAt: "${crossedAt}") {
        trip { ${TIMELINESS} } ${USER_ERRORS} } }`,
    );
    expect(crossed.recordTripCrossing.trip).toMatchObject({ manifestMinutesBeforeArrival: 2, manifestLate: true });
    expect(await dashboardLateCount(range)).toBe(before + 1);
    expect(await dashboardLateCount(range)).toBe(await lateRowsIn(range));
  });
});

describe("PortDashboard's late manifests", () => {
  it("count what the rows say, and grow with each late manifest filed", async () => {
    const range = window();
    const before = await dashboardLateCount(range);
    expect(before).toBe(await lateRowsIn(range));
    await submitDueIn(90, "STANDARD"); // on time
    await submitDueIn(15, "STANDARD"); // late
    await submitDueIn(25, "FAST"); // late
    expect(await dashboardLateCount(range)).toBe(before + 2);
    expect(await dashboardLateCount(range)).toBe(await lateRowsIn(range));
  });

  it("count the seeded late manifests of a window with partial days as the rows do", async () => {
    const range = { from: "2026-09-01T07:30:00Z", to: "2026-11-30T13:00:00Z" };
    const late = await dashboardLateCount(range);
    expect(late).toBeGreaterThan(0);
    expect(late).toBe(await lateRowsIn(range));
  });

  it("refuses a window that ends before it starts, naming `to`", async () => {
    const { body } = await graph.query<Data>(PORT_DASHBOARD.toString(), {
      code: PORT,
      from: "2026-10-02T00:00:00Z",
      to: "2026-10-01T00:00:00Z",
    });
    const error = body.errors!.find((e: Data) => e.path?.join(".") === "port.lateManifestCount");
    expect(error).toMatchObject({ extensions: { code: "BAD_USER_INPUT" } });
    expect(problemFields(error!)).toEqual(["to"]);
    expect(body.data!.port.lateManifestCount).toBeNull();
  });
});

describe("the seeded manifests", () => {
  it("are late for a few percent of trips, FAST trips less often, and every crossed trip has a receipt", async () => {
    const tally = { STANDARD: [0, 0], FAST: [0, 0], UCP: [0, 0] } as Record<string, [number, number]>;
    let after: string | null = null;
    do {
      const data: Data = await ok(
        `query ($after: String) { trips(filter: { crossed: true }, first: 100, after: $after) {
          edges { node { lane manifestReceivedAt manifestLate } } pageInfo { hasNextPage endCursor } } }`,
        { after },
      );
      for (const { node } of data.trips.edges) {
        expect(node.manifestReceivedAt).toEqual(expect.any(String));
        tally[node.lane][0] += 1;
        if (node.manifestLate) tally[node.lane][1] += 1;
      }
      after = data.trips.pageInfo.hasNextPage ? data.trips.pageInfo.endCursor : null;
    } while (after);
    const share = (lanes: string[]) =>
      lanes.reduce((late, lane) => late + tally[lane][1], 0) / lanes.reduce((all, lane) => all + tally[lane][0], 0);
    expect(share(["STANDARD", "FAST", "UCP"])).toBeGreaterThan(0.02);
    expect(share(["STANDARD", "FAST", "UCP"])).toBeLessThan(0.12);
    expect(share(["FAST", "UCP"])).toBeLessThan(share(["STANDARD"]));
  });
});
