import { type TestGraph, eventually } from "@frontera/testing";
import { type Data, USER_ERRORS, ok as expectOk } from "../support/graphql-expectations";
import { anamToken, startWholeGraph } from "../support/whole-graph";

// A southbound trip's crossing is its driver's southbound crossing too (docs/southbound.md,
// docs/crossing-events.md): cargo relays it with the trip's direction, travellers records it and
// counts it apart, and only a grant covering southbound trade at the port shows or counts it —
// through the gateway and straight at the travellers subgraph.

let graph: TestGraph;
// ANAM: traveller:identity:read under its UCP arrangement (UCP ports, Laredo among them), which
// stays northbound; trips and shipments both ways under its customs-enforcement arrangement.
let anam: string;
const LAREDO = "2304";

beforeAll(async () => {
  graph = await startWholeGraph({ seed: 6, shipments: 2000 }, { referenceCacheSeconds: 0 });
  anam = await anamToken(graph);
});

afterAll(async () => {
  await graph?.stop();
});

const ok = (query: string, variables?: Record<string, unknown>) => expectOk(graph, query, variables);
const errorCodes = (errors: Data[] | undefined) => (errors ?? []).map((error) => error.extensions?.code);
const isSouthboundDriver = (crossing: Data) =>
  crossing.mode === "COMMERCIAL_DRIVER" && crossing.direction === "SOUTHBOUND";

interface Trip {
  tripNumber: string;
  driverId: string;
}

const TRIPS = `query ($port: ID!, $crossed: Boolean!) {
  trips(filter: { portCode: $port, direction: SOUTHBOUND, crossed: $crossed }, first: 20) {
    edges { node { tripNumber driver { travellerId } } } } }`;

async function southboundTrips(crossed: boolean): Promise<Trip[]> {
  const { trips } = await ok(TRIPS, { port: LAREDO, crossed });
  const found = trips.edges.map(({ node }: Data) => ({
    tripNumber: node.tripNumber,
    driverId: node.driver.travellerId,
  }));
  expect(found.length).toBeGreaterThan(0);
  return found;
}

const DRIVER_CROSSINGS = `query ($id: ID!) { traveller(id: $id) { crossings(first: 100) {
  edges { node { crossingId at lane mode direction port { code } trip { tripNumber direction } } } } } }`;

async function driverCrossings(driverId: string, token?: string): Promise<{ crossings: Data[]; errors?: Data[] }> {
  const { body } = await graph.query<Data>(DRIVER_CROSSINGS, { id: driverId }, token);
  return {
    crossings: (body.data?.traveller?.crossings?.edges ?? []).map((edge: Data) => edge.node),
    errors: body.errors,
  };
}

const minutesAgo = (minutes: number) => new Date(Math.floor((Date.now() - minutes * 60_000) / 1000) * 1000);

const RECORD_TRIP_CROSSING = `mutation ($trip: ID!, $lane: Lane!, $at: DateTime!) {
  recordTripCrossing(tripNumber: $trip, lane: $lane, crossedAt: $at) { trip { crossedAt lane direction } ${USER_ERRORS} } }`;

// Times are stored in UTC as "YYYY-MM-DD HH:MM:SS.sss" on both databases.
const stored = (iso: string) => new Date(iso).toISOString().replace("T", " ").replace("Z", "");

async function crossingRowsAt(port: string, from: string, to: string, condition: string): Promise<number> {
  const [row] = await graph.subgraphs.travellers.dataSource.query<Array<{ total: string | number }>>(
    `SELECT COUNT(*) AS total FROM crossings WHERE portCode = ? AND at >= ? AND at < ?${condition}`,
    [port, stored(from), stored(to)],
  );
  return Number(row.total);
}

const SOUTHBOUND_DRIVER = "mode = 'COMMERCIAL_DRIVER' AND direction = 'SOUTHBOUND'";
const PORT_TOTAL = `query ($port: ID!, $from: DateTime!, $to: DateTime!) {
  port(code: $port) { crossings(filter: { at: { from: $from, to: $to } }, first: 0) { totalCount } } }`;

describe("the seeded southbound trips", () => {
  it("give each crossed trip's driver a SOUTHBOUND crossing, which Trip.crossing resolves", async () => {
    const [trip] = await southboundTrips(true);
    const { crossings } = await driverCrossings(trip.driverId);
    const ofTrip = crossings.filter((crossing) => crossing.trip?.tripNumber === trip.tripNumber);
    expect(ofTrip).toEqual([
      expect.objectContaining({
        mode: "COMMERCIAL_DRIVER",
        direction: "SOUTHBOUND",
        lane: "STANDARD",
        port: { code: LAREDO },
        trip: { tripNumber: trip.tripNumber, direction: "SOUTHBOUND" },
      }),
    ]);
    const { trip: read } = await ok(
      `query ($trip: ID!) { trip(tripNumber: $trip) { crossedAt crossing { crossingId at direction } } }`,
      { trip: trip.tripNumber },
    );
    expect(read.crossing).toEqual({ crossingId: ofTrip[0].crossingId, at: read.crossedAt, direction: "SOUTHBOUND" });
  });
});

describe("recordTripCrossing of a southbound trip", () => {
  let trip: Trip;
  let at: Date;

  beforeAll(async () => {
    [trip] = await southboundTrips(false);
    at = minutesAgo(3);
    const { recordTripCrossing: payload } = await ok(RECORD_TRIP_CROSSING, {
      trip: trip.tripNumber,
      lane: "STANDARD",
      at: at.toISOString(),
    });
    expect(payload).toEqual({
      trip: { crossedAt: at.toISOString(), lane: "STANDARD", direction: "SOUTHBOUND" },
      userErrors: [],
    });
  });

  it("is relayed with its direction: the driver's crossings show it SOUTHBOUND within seconds", async () => {
    const crossing = await eventually(async () => {
      const { crossings } = await driverCrossings(trip.driverId);
      const ofTrip = crossings.filter((found) => found.trip?.tripNumber === trip.tripNumber);
      expect(ofTrip).toHaveLength(1);
      return ofTrip[0];
    });
    expect(crossing).toMatchObject({
      at: at.toISOString(),
      lane: "STANDARD",
      mode: "COMMERCIAL_DRIVER",
      direction: "SOUTHBOUND",
      port: { code: LAREDO },
    });
    const [event] = await graph.subgraphs.cargo.dataSource.query(
      "SELECT direction, deliveredAt FROM trip_crossing_events WHERE tripNumber = ?",
      [trip.tripNumber],
    );
    expect(event.direction).toBe("SOUTHBOUND");
    expect(event.deliveredAt).not.toBeNull();
    const { trip: read } = await ok(
      `query ($trip: ID!) { trip(tripNumber: $trip) { crossing { crossingId direction } } }`,
      {
        trip: trip.tripNumber,
      },
    );
    expect(read.crossing).toEqual({ crossingId: crossing.crossingId, direction: "SOUTHBOUND" });
  });

  it("is counted for an officer: the port's crossings total is COUNT(*) of every crossing there", async () => {
    await eventually(async () =>
      expect((await driverCrossings(trip.driverId)).crossings.some(isSouthboundDriver)).toBe(true),
    );
    const from = new Date(at.getTime() - 3 * 86_400_000 - 3_600_000).toISOString();
    const to = new Date(at.getTime() + 3_600_000).toISOString();
    const { port } = await ok(PORT_TOTAL, { port: LAREDO, from, to });
    expect(await crossingRowsAt(LAREDO, from, to, ` AND ${SOUTHBOUND_DRIVER}`)).toBeGreaterThan(0);
    expect(port.crossings.totalCount).toBe(await crossingRowsAt(LAREDO, from, to, ""));
  });
});

describe("a partner whose arrangement reaching drivers is northbound only (ANAM's UCP) gets none of it", () => {
  let crossed: Trip;
  let southboundCrossingId: string;

  beforeAll(async () => {
    [crossed] = await southboundTrips(true);
    const { crossings } = await driverCrossings(crossed.driverId);
    southboundCrossingId = crossings.find((crossing) => crossing.trip?.tripNumber === crossed.tripNumber)!.crossingId;
  });

  it("through the gateway: the driver's crossings, the port's crossings and Trip.crossing leave it out", async () => {
    const internal = await driverCrossings(crossed.driverId);
    expect(internal.crossings.filter(isSouthboundDriver).length).toBeGreaterThan(0);
    const partner = await driverCrossings(crossed.driverId, anam);
    expect(partner.errors).toBeUndefined();
    // The driver's northbound crossings at Laredo still show: the UCP arrangement covers them.
    expect(partner.crossings.length).toBeGreaterThan(0);
    expect(partner.crossings.filter(isSouthboundDriver)).toEqual([]);
    expect(partner.crossings.map((crossing) => crossing.crossingId)).not.toContain(southboundCrossingId);

    const portCrossings = await graph.query<Data>(
      `{ port(code: "${LAREDO}") { crossings(filter: { mode: COMMERCIAL_DRIVER }, first: 100) { edges { node { direction } } } } }`,
      {},
      anam,
    );
    expect(portCrossings.body.errors).toBeUndefined();
    const directions = portCrossings.body.data!.port.crossings.edges.map((edge: Data) => edge.node.direction);
    expect(directions.length).toBeGreaterThan(0);
    expect(directions).not.toContain("SOUTHBOUND");

    // ANAM reads the southbound trip itself (customs enforcement), never its driver's crossing.
    const trip = await graph.query<Data>(
      `query ($trip: ID!) { trip(tripNumber: $trip) { tripNumber crossing { crossingId } } }`,
      { trip: crossed.tripNumber },
      anam,
    );
    expect(trip.body.data!.trip).toEqual({ tripNumber: crossed.tripNumber, crossing: null });
  });

  it("through the gateway: the port's total counts every crossing there but drivers' southbound ones", async () => {
    const from = "2026-11-03T07:15:00Z";
    const to = "2026-12-07T18:40:30Z";
    const internal = await graph.query<Data>(PORT_TOTAL, { port: LAREDO, from, to });
    const partner = await graph.query<Data>(PORT_TOTAL, { port: LAREDO, from, to }, anam);
    expect(partner.body.errors).toBeUndefined();
    expect(await crossingRowsAt(LAREDO, from, to, ` AND ${SOUTHBOUND_DRIVER}`)).toBeGreaterThan(0);
    expect(internal.body.data!.port.crossings.totalCount).toBe(await crossingRowsAt(LAREDO, from, to, ""));
    expect(partner.body.data!.port.crossings.totalCount).toBe(
      await crossingRowsAt(LAREDO, from, to, ` AND NOT (${SOUTHBOUND_DRIVER})`),
    );
  });

  it("straight at travellers: lists, counts and _entities (the crossing, and the trip however it is described) hide it", async () => {
    const directly = (query: string, variables: Record<string, unknown>) =>
      graph.subgraphQuery<Data>("travellers", query, variables, anam);

    const list = await directly(
      `query ($port: ID!) { crossings(filter: { portCode: $port, mode: COMMERCIAL_DRIVER }, first: 100) { edges { node { direction } } } }`,
      { port: LAREDO },
    );
    expect(list.body.errors).toBeUndefined();
    expect(list.body.data!.crossings.edges.map((edge: Data) => edge.node.direction)).not.toContain("SOUTHBOUND");

    const everywhere = await directly(`{ crossings(first: 0) { totalCount } }`, {});
    const internalEverywhere = await graph.subgraphQuery<Data>(
      "travellers",
      `{ crossings(first: 0) { totalCount } }`,
      {},
    );
    // The UCP ports only, and at them no driver's southbound crossing.
    expect(everywhere.body.data!.crossings.totalCount).toBeLessThan(internalEverywhere.body.data!.crossings.totalCount);

    const entities = await directly(
      `query ($representations: [_Any!]!) { _entities(representations: $representations) {
        ... on Crossing { crossingId direction } ... on Trip { crossing { crossingId } } } }`,
      {
        representations: [
          { __typename: "Crossing", crossingId: southboundCrossingId },
          // As cargo describes it, and lying: the crossing's own place decides.
          {
            __typename: "Trip",
            tripNumber: crossed.tripNumber,
            portCode: LAREDO,
            direction: "SOUTHBOUND",
            driverId: crossed.driverId,
          },
          {
            __typename: "Trip",
            tripNumber: crossed.tripNumber,
            portCode: LAREDO,
            direction: "NORTHBOUND",
            driverId: crossed.driverId,
          },
        ],
      },
    );
    const [crossing, asDescribed, lying] = entities.body.data!._entities;
    expect(crossing).toBeNull();
    expect(asDescribed?.crossing ?? null).toBeNull();
    expect(lying?.crossing ?? null).toBeNull();
    for (const code of errorCodes(entities.body.errors)) expect(code).toBe("FORBIDDEN");
  });
});

describe("an outbox event written before directions were kept", () => {
  it("is delivered as a northbound trip's crossing", async () => {
    const { trips } = await ok(`{ trips(filter: { portCode: "${LAREDO}", crossed: true }, first: 1) {
      edges { node { tripNumber } } } }`);
    const tripNumber = trips.edges[0].node.tripNumber;
    // As the migration leaves an old row: no direction, and (here) not yet delivered.
    await graph.subgraphs.travellers.dataSource.query("DELETE FROM crossings WHERE tripNumber = ?", [tripNumber]);
    await graph.subgraphs.cargo.dataSource.query(
      "UPDATE trip_crossing_events SET direction = NULL, deliveredAt = NULL WHERE tripNumber = ?",
      [tripNumber],
    );
    const [crossing] = await eventually(async () => {
      const rows: Array<{ direction: string; mode: string }> = await graph.subgraphs.travellers.dataSource.query(
        "SELECT direction, mode FROM crossings WHERE tripNumber = ?",
        [tripNumber],
      );
      expect(rows).toHaveLength(1);
      return rows;
    });
    expect(crossing).toEqual({ direction: "NORTHBOUND", mode: "COMMERCIAL_DRIVER" });
  });
});

describe("submitTripManifest of a southbound trip", () => {
  const SUBMIT = `mutation ($input: TripManifestInput!) { submitTripManifest(input: $input) {
    trip { tripNumber direction loaded crossedAt returnOf { tripNumber direction } equipment { number }
      shipments { shipmentControlNumber direction status goodsItems { originCountry } } }
    ${USER_ERRORS} } }`;
  const inOneHour = () => new Date(Date.now() + 3_600_000).toISOString();
  let outbound: { tripNumber: string; carrierId: string; scac: string; driverId: string };

  beforeAll(async () => {
    const { trips } = await ok(`{ trips(filter: { portCode: "${LAREDO}", crossed: true }, first: 1) {
      edges { node { tripNumber carrier { tradePartyId scac } driver { travellerId } } } } }`);
    const { node } = trips.edges[0];
    outbound = {
      tripNumber: node.tripNumber,
      carrierId: node.carrier.tradePartyId,
      scac: node.carrier.scac,
      driverId: node.driver.travellerId,
    };
  });

  const exportShipment = (controlNumber: string) => ({
    shipmentControlNumber: controlNumber,
    shipper: { name: "Lone Star Electronics LLC", country: "US" },
    consignee: { name: "Ensambles del Norte S.A. de C.V.", country: "MX", mxRfc: "ENO010203AB1" },
    goodsItems: [
      {
        description: "Laptop computers",
        hsCode: "847130",
        nationalCode: "8471300100",
        originCountry: "US",
        grossMassKg: 4000,
        quantity: 300,
        packagingUnit: "CT",
        value: { minorUnits: 36000000, currency: "USD" },
      },
    ],
  });

  const southboundManifest = (suffix: string, changes: Record<string, unknown> = {}) => ({
    tripNumber: `${outbound.scac}S${suffix}`,
    carrier: { id: outbound.carrierId },
    portCode: LAREDO,
    direction: "SOUTHBOUND",
    returnOfTripNumber: outbound.tripNumber,
    estimatedArrival: inOneHour(),
    conveyance: { vin: "1M8GDM9AXKP042788", licensePlate: "12AB345" },
    equipment: [{ number: "TRL-55501", kind: "TRAILER", seals: [] }],
    driverId: outbound.driverId,
    shipments: [exportShipment(`${outbound.scac}SB${suffix}`)],
    ...changes,
  });

  const submit = async (input: Record<string, unknown>) => (await ok(SUBMIT, { input })).submitTripManifest;
  const problems = async (input: Record<string, unknown>) =>
    (await submit(input)).userErrors.map((error: Data) => `${error.field.join(".")} ${error.code}`);

  it("files a loaded return south, crossed with recordTripCrossing and relayed to the driver's crossings", async () => {
    const payload = await submit(southboundManifest("0000001"));
    expect(payload.userErrors).toEqual([]);
    expect(payload.trip).toEqual({
      tripNumber: `${outbound.scac}S0000001`,
      direction: "SOUTHBOUND",
      loaded: true,
      crossedAt: null,
      returnOf: { tripNumber: outbound.tripNumber, direction: "NORTHBOUND" },
      equipment: [{ number: "TRL-55501" }],
      shipments: [
        {
          shipmentControlNumber: `${outbound.scac}SB0000001`,
          direction: "SOUTHBOUND",
          status: "AWAITING_ARRIVAL",
          goodsItems: [{ originCountry: "US" }],
        },
      ],
    });
    // Listed with southbound trade, never among the northbound trips a client gets by default.
    const window = { from: new Date().toISOString(), to: new Date(Date.now() + 7_200_000).toISOString() };
    const { southbound, northbound } = await ok(
      `query ($from: DateTime!, $to: DateTime!) {
        southbound: trips(filter: { portCode: "${LAREDO}", direction: SOUTHBOUND, estimatedArrival: { from: $from, to: $to } }, first: 100) { edges { node { tripNumber } } }
        northbound: trips(filter: { portCode: "${LAREDO}", estimatedArrival: { from: $from, to: $to } }, first: 100) { edges { node { tripNumber } } } }`,
      window,
    );
    expect(southbound.edges.map((edge: Data) => edge.node.tripNumber)).toContain(payload.trip.tripNumber);
    expect(northbound.edges.map((edge: Data) => edge.node.tripNumber)).not.toContain(payload.trip.tripNumber);

    const at = minutesAgo(1);
    const crossing = await ok(RECORD_TRIP_CROSSING, {
      trip: payload.trip.tripNumber,
      lane: "STANDARD",
      at: at.toISOString(),
    });
    expect(crossing.recordTripCrossing.userErrors).toEqual([]);
    const driverCrossing = await eventually(async () => {
      const { trip } = await ok(`query ($trip: ID!) { trip(tripNumber: $trip) { crossing { at direction mode } } }`, {
        trip: payload.trip.tripNumber,
      });
      expect(trip.crossing).not.toBeNull();
      return trip.crossing;
    });
    expect(driverCrossing).toEqual({ at: at.toISOString(), direction: "SOUTHBOUND", mode: "COMMERCIAL_DRIVER" });
  });

  it("files an empty truck going south: no shipments, no equipment, not loaded", async () => {
    const payload = await submit(southboundManifest("0000002", { shipments: [], equipment: [] }));
    expect(payload.userErrors).toEqual([]);
    expect(payload.trip).toMatchObject({ direction: "SOUTHBOUND", loaded: false, shipments: [], equipment: [] });
  });

  it("keeps a northbound manifest as it was: shipments and equipment still needed, no return trip", async () => {
    const northbound = southboundManifest("0000003", {
      direction: "NORTHBOUND",
      returnOfTripNumber: null,
      shipments: [],
      equipment: [],
    });
    expect(await problems(northbound)).toEqual(["input.equipment INVALID", "input.shipments INVALID"]);
    const withReturn = southboundManifest("0000004", { direction: "NORTHBOUND" });
    expect(await problems(withReturn)).toEqual(["input.returnOfTripNumber INVALID"]);
    const { direction } = (
      await ok(`{ __type(name: "TripManifestInput") { inputFields { name defaultValue } } }`)
    ).__type.inputFields.reduce((fields: Data, field: Data) => ({ ...fields, [field.name]: field.defaultValue }), {});
    expect(direction).toBe("NORTHBOUND");
  });

  it("refuses a return trip that is not the same carrier's crossed northbound trip at this port, naming input.returnOfTripNumber", async () => {
    const { awaited, southbound, elsewhere } = await ok(`{
      awaited: trips(filter: { portCode: "${LAREDO}", crossed: false }, first: 1) { edges { node { tripNumber } } }
      southbound: trips(filter: { portCode: "${LAREDO}", direction: SOUTHBOUND, crossed: true }, first: 1) { edges { node { tripNumber } } }
      elsewhere: trips(filter: { portCode: "2506", crossed: true }, first: 1) { edges { node { tripNumber } } } }`);
    const returning = (returnOfTripNumber: string) => southboundManifest("0000005", { returnOfTripNumber });
    expect(await problems(returning(awaited.edges[0].node.tripNumber))).toContain("input.returnOfTripNumber INVALID");
    expect(await problems(returning(southbound.edges[0].node.tripNumber))).toContain(
      "input.returnOfTripNumber INVALID",
    );
    expect(await problems(returning(elsewhere.edges[0].node.tripNumber))).toContain("input.returnOfTripNumber INVALID");
    expect(await problems(returning("ZZZZ0000000000"))).toEqual(["input.returnOfTripNumber NOT_FOUND"]);
    const otherCarrier = southboundManifest("0000005", {
      carrier: { name: "Otro Transporte S.A.", country: "MX", scac: "OTRA" },
      tripNumber: "OTRAS0000005",
    });
    expect(await problems(otherCarrier)).toContain("input.returnOfTripNumber INVALID");
    expect(await problems(southboundManifest("0000005", { lane: "FAST" }))).toEqual(["input.lane LANE_NOT_ALLOWED"]);
    const { trip } = await ok(`{ trip(tripNumber: "${outbound.scac}S0000005") { tripNumber } }`);
    expect(trip).toBeNull();
  });

  it("is refused to a partner, whatever its token names, through the gateway and straight at cargo", async () => {
    const partner = await graph.auth.token({
      agency: "ANAM",
      kind: "partner",
      scopes: ["reference:read", "cargo:manifest:read", "cargo:write"],
    });
    const input = southboundManifest("0000006");
    const viaGateway = await graph.query<Data>(SUBMIT, { input }, partner);
    expect(errorCodes(viaGateway.body.errors)).toEqual(["FORBIDDEN"]);
    const direct = await graph.subgraphQuery<Data>("cargo", SUBMIT, { input }, partner);
    expect(errorCodes(direct.body.errors)).toEqual(["FORBIDDEN"]);
    const { trip } = await ok(`{ trip(tripNumber: "${outbound.scac}S0000006") { tripNumber } }`);
    expect(trip).toBeNull();
  });
});
