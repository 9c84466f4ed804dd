import { type TestGraph, eventually, postToSubgraph } from "@frontera/testing";
import { type Data, USER_ERRORS, ok as expectOk, rejected as expectRejected } from "../support/graphql-expectations";
import { startWholeGraph } from "../support/whole-graph";

// One truck crossing, one record: cargo's recordTripCrossing writes the trip's crossing and an
// outbox event in one transaction; cargo's relay delivers the event to travellers, which writes
// the driver's crossing once per event id (docs/crossing-events.md).

let graph: TestGraph;

beforeAll(async () => {
  graph = await startWholeGraph();
});

afterAll(async () => {
  await graph?.stop();
});

const ok = (query: string, variables?: Record<string, unknown>) => expectOk(graph, query, variables);
const rejected = (query: string, variables?: Record<string, unknown>) => expectRejected(graph, query, variables);

interface Trip {
  tripNumber: string;
  port: string;
  driverId: string;
}

// Trips still awaited, each test taking its own; `port` picks one at that port (2304 Laredo runs UCP).
let awaited: Trip[] | null = null;
async function nextAwaitedTrip(port?: string): Promise<Trip> {
  awaited ??= (
    await ok(`{ trips(filter: { crossed: false }, first: 50) {
      edges { node { tripNumber portOfArrival { code } driver { travellerId } } } } }`)
  ).trips.edges.map(({ node }: Data) => ({
    tripNumber: node.tripNumber,
    port: node.portOfArrival.code,
    driverId: node.driver.travellerId,
  }));
  const index = awaited!.findIndex((trip) => port === undefined || trip.port === port);
  expect(index).toBeGreaterThanOrEqual(0);
  return awaited!.splice(index, 1)[0];
}

const minutesAgo = (minutes: number) => new Date(Math.floor((Date.now() - minutes * 60_000) / 1000) * 1000);

const RECORD_TRIP_CROSSING = `mutation ($trip: ID!, $lane: Lane!, $at: DateTime!) {
  recordTripCrossing(tripNumber: $trip, lane: $lane, crossedAt: $at) { trip { crossedAt lane } ${USER_ERRORS} }
}`;

async function recordTripCrossing(trip: Trip, lane: string, at: Date) {
  const { recordTripCrossing: payload } = await ok(RECORD_TRIP_CROSSING, {
    trip: trip.tripNumber,
    lane,
    at: at.toISOString(),
  });
  expect(payload).toEqual({ trip: { crossedAt: at.toISOString(), lane }, userErrors: [] });
}

/** The driver's crossings of this trip, as a client of the gateway sees them. */
async function driverCrossingsOf(trip: Trip): Promise<Data[]> {
  const { traveller } = await ok(
    `query ($id: ID!) { traveller(id: $id) { crossings(first: 100) {
      edges { node { at lane mode direction port { code } trip { tripNumber } } } } } }`,
    { id: trip.driverId },
  );
  return traveller.crossings.edges
    .map((edge: Data) => edge.node)
    .filter((node: Data) => node.trip?.tripNumber === trip.tripNumber);
}

interface OutboxRow {
  eventId: string;
  deliveredAt: Date | null;
  attempts: number;
  lastError: string | null;
}

async function outboxRowOf(trip: Trip): Promise<OutboxRow> {
  const [row] = await graph.subgraphs.cargo.dataSource.query(
    "SELECT eventId, deliveredAt, attempts, lastError FROM trip_crossing_events WHERE tripNumber = ?",
    [trip.tripNumber],
  );
  return { ...row, attempts: Number(row.attempts) };
}

async function crossingRowsOf(trip: Trip): Promise<Array<{ id: string; eventId: string | null }>> {
  return graph.subgraphs.travellers.dataSource.query("SELECT id, eventId FROM crossings WHERE tripNumber = ?", [
    trip.tripNumber,
  ]);
}

describe("the seeded data", () => {
  it("gives every crossed trip's driver exactly one crossing, of the trip's time, lane, port and direction and its event id", async () => {
    const trips: Array<{
      tripNumber: string;
      driverId: string;
      portCode: string;
      crossedAt: string;
      lane: string;
      direction: string;
    }> = await graph.subgraphs.cargo.dataSource.query(
      // Both directions: a southbound trip's driver crosses southbound (docs/southbound.md).
      "SELECT tripNumber, driverId, portCode, crossedAt, lane, direction FROM trips WHERE crossedAt IS NOT NULL",
    );
    const events: Array<{ tripNumber: string; eventId: string; deliveredAt: unknown; direction: string }> =
      await graph.subgraphs.cargo.dataSource.query(
        "SELECT tripNumber, eventId, deliveredAt, direction FROM trip_crossing_events",
      );
    const crossings: Array<{
      tripNumber: string;
      travellerId: string;
      portCode: string;
      at: string;
      lane: string;
      mode: string;
      direction: string;
      eventId: string | null;
    }> = await graph.subgraphs.travellers.dataSource.query(
      "SELECT tripNumber, travellerId, portCode, at, lane, mode, direction, eventId FROM crossings WHERE tripNumber IS NOT NULL OR mode = 'COMMERCIAL_DRIVER'",
    );
    expect(trips.length).toBeGreaterThan(50);
    expect(trips.filter((trip) => trip.direction === "SOUTHBOUND").length).toBeGreaterThan(10);
    // The two databases give their datetimes back in their own forms: compare instants.
    const instant = (value: string | Date) => new Date(value instanceof Date ? value : `${value}Z`).getTime();
    const eventOf = new Map(events.map((event) => [event.tripNumber, event]));
    expect(events).toHaveLength(trips.length);
    expect(crossings).toHaveLength(trips.length);
    const crossingsOf = new Map<string, typeof crossings>();
    for (const crossing of crossings)
      crossingsOf.set(crossing.tripNumber, [...(crossingsOf.get(crossing.tripNumber) ?? []), crossing]);
    for (const trip of trips) {
      const event = eventOf.get(trip.tripNumber)!;
      expect(event.deliveredAt).not.toBeNull();
      expect(event.direction).toBe(trip.direction);
      const [crossing, ...more] = crossingsOf.get(trip.tripNumber) ?? [];
      expect(more).toEqual([]);
      expect({ ...crossing, at: instant(crossing.at) }).toEqual({
        tripNumber: trip.tripNumber,
        travellerId: trip.driverId,
        portCode: trip.portCode,
        at: instant(trip.crossedAt),
        lane: trip.lane,
        mode: "COMMERCIAL_DRIVER",
        direction: trip.direction,
        eventId: event.eventId,
      });
    }
  });
});

describe("recordTripCrossing", () => {
  it("shows the same crossing among the driver's crossings within seconds", async () => {
    const trip = await nextAwaitedTrip("2304");
    const at = minutesAgo(3);
    await recordTripCrossing(trip, "UCP", at);

    const [crossing] = await eventually(async () => {
      const found = await driverCrossingsOf(trip);
      expect(found).toHaveLength(1);
      return found;
    });
    expect(crossing).toEqual({
      at: at.toISOString(),
      lane: "UCP",
      mode: "COMMERCIAL_DRIVER",
      direction: "NORTHBOUND",
      port: { code: trip.port },
      trip: { tripNumber: trip.tripNumber },
    });
    const { trip: read } = await ok(
      `query ($trip: ID!) { trip(tripNumber: $trip) { crossedAt lane crossing { at lane } } }`,
      {
        trip: trip.tripNumber,
      },
    );
    expect(read).toEqual({ crossedAt: at.toISOString(), lane: "UCP", crossing: { at: at.toISOString(), lane: "UCP" } });
    const row = await outboxRowOf(trip);
    expect(row.deliveredAt).not.toBeNull();
    expect(row.lastError).toBeNull();
    expect((await crossingRowsOf(trip)).map((crossing) => crossing.eventId)).toEqual([row.eventId]);
  });

  it("records the trip while travellers is down; the event waits and arrives once travellers is back", async () => {
    const trip = await nextAwaitedTrip();
    const at = minutesAgo(2);
    await graph.restartSubgraph("travellers", async () => {
      await recordTripCrossing(trip, "STANDARD", at);
      // The relay tried at once, found no travellers and keeps the event for a later attempt.
      const waiting = await eventually(async () => {
        const row = await outboxRowOf(trip);
        expect(row.attempts).toBeGreaterThanOrEqual(1);
        return row;
      });
      expect(waiting.deliveredAt).toBeNull();
      expect(waiting.lastError).toMatch(/travellers unreachable/);
      const { trip: read } = await ok(`query ($trip: ID!) { trip(tripNumber: $trip) { crossedAt lane } }`, {
        trip: trip.tripNumber,
      });
      expect(read).toEqual({ crossedAt: at.toISOString(), lane: "STANDARD" });
    });

    const [crossing] = await eventually(
      async () => {
        const found = await driverCrossingsOf(trip);
        expect(found).toHaveLength(1);
        return found;
      },
      { within: 40_000 },
    );
    expect(crossing).toMatchObject({ at: at.toISOString(), lane: "STANDARD", port: { code: trip.port } });
    const row = await outboxRowOf(trip);
    expect(row.deliveredAt).not.toBeNull();
    expect(row.lastError).toBeNull();
  }, 60_000);

  it("writes one crossing for an event delivered twice, by the relay or straight at travellers", async () => {
    const trip = await nextAwaitedTrip();
    const at = minutesAgo(1);
    await recordTripCrossing(trip, "FAST", at);
    await eventually(async () => expect((await outboxRowOf(trip)).deliveredAt).not.toBeNull());
    const [first] = await crossingRowsOf(trip);

    // The relay sends it again, as after a crash between travellers' answer and the outbox update.
    const before = await outboxRowOf(trip);
    await graph.subgraphs.cargo.dataSource.query(
      "UPDATE trip_crossing_events SET deliveredAt = NULL WHERE tripNumber = ?",
      [trip.tripNumber],
    );
    await eventually(async () => {
      const row = await outboxRowOf(trip);
      expect(row.deliveredAt).not.toBeNull();
      expect(row.attempts).toBe(before.attempts + 1);
    });
    expect(await crossingRowsOf(trip)).toEqual([first]);

    // And straight at travellers, as cargo's relay sends it, twice: the same crossing each time.
    const relay = await graph.auth.token({ kind: "service", agency: "CBP", scopes: ["crossings:record"] });
    for (let i = 0; i < 2; i += 1) {
      const { body } = await postToSubgraph<Data>(
        graph.subgraphs.travellers.url,
        DELIVER,
        { event: { ...eventOf(trip, before.eventId, at), lane: "FAST" } },
        { authorization: `Bearer ${relay}` },
        graph.auth.subgraphSecret,
      );
      expect(body).toEqual({ data: { recordTripCrossingEvent: first.id } });
    }
    expect(await crossingRowsOf(trip)).toEqual([first]);
    expect(await driverCrossingsOf(trip)).toHaveLength(1);
  });
});

const DELIVER = `mutation ($event: TripCrossingEventInput!) { recordTripCrossingEvent(event: $event) }`;
const eventOf = (trip: Trip, eventId: string, at: Date) => ({
  eventId,
  tripNumber: trip.tripNumber,
  driverId: trip.driverId,
  portCode: trip.port,
  at: at.toISOString(),
  lane: "STANDARD",
});

describe("a driver's crossing recorded before cargo owned it", () => {
  it("becomes the trip event's crossing (cargo's time, lane and port) instead of a second one", async () => {
    const trip = await nextAwaitedTrip();
    // As the old recordCrossing wrote it with a trip number: another time and lane, no event id.
    const oldAt = minutesAgo(30);
    await graph.subgraphs.travellers.dataSource
      .createQueryBuilder()
      .insert()
      .into("crossings")
      .values({
        id: "0b5e3c52-8f0e-4d1f-9a51-6c3f5b2e7d10",
        travellerId: trip.driverId,
        portCode: trip.port,
        direction: "NORTHBOUND",
        mode: "COMMERCIAL_DRIVER",
        lane: "STANDARD",
        at: oldAt,
        documentId: null,
        tripNumber: trip.tripNumber,
        eventId: null,
      })
      .execute();
    const at = minutesAgo(2);
    await recordTripCrossing(trip, "FAST", at);

    await eventually(async () => expect((await outboxRowOf(trip)).deliveredAt).not.toBeNull());
    const { eventId } = await outboxRowOf(trip);
    expect(await crossingRowsOf(trip)).toEqual([{ id: "0b5e3c52-8f0e-4d1f-9a51-6c3f5b2e7d10", eventId }]);
    expect(await driverCrossingsOf(trip)).toEqual([
      expect.objectContaining({ at: at.toISOString(), lane: "FAST", port: { code: trip.port } }),
    ]);
  });
});

describe("the relay's mutation in travellers", () => {
  it("is not in the schema clients of the gateway see, and the gateway refuses it even to a token holding its scope", async () => {
    const { mutation, input } = await ok(
      `{ mutation: __type(name: "Mutation") { fields { name } } input: __type(name: "TripCrossingEventInput") { name } }`,
    );
    const names = mutation.fields.map((field: Data) => field.name);
    expect(names).toContain("recordTripCrossing");
    expect(names).not.toContain("recordTripCrossingEvent");
    expect(input).toBeNull();

    const trip = await nextAwaitedTrip();
    const event = eventOf(trip, "6f1c0c1e-9d7a-4b7e-8a53-0d5d0f3a1c01", minutesAgo(5));
    for (const kind of ["internal", "service"] as const) {
      const token = await graph.auth.token({ kind, agency: "CBP", scopes: ["crossings:record"] });
      const { body } = await graph.query<Data>(DELIVER, { event }, token);
      expect(body.data).toBeUndefined();
      expect(body.errors![0].extensions).toMatchObject({ code: "GRAPHQL_VALIDATION_FAILED" });
    }
    expect(await crossingRowsOf(trip)).toEqual([]);
  });

  it("refuses, straight at travellers, any caller without the relay's credentials, and writes nothing", async () => {
    const trip = await nextAwaitedTrip();
    const event = eventOf(trip, "6f1c0c1e-9d7a-4b7e-8a53-0d5d0f3a1c02", minutesAgo(5));
    const send = async (token: string, signed: boolean) =>
      (
        await postToSubgraph<Data>(
          graph.subgraphs.travellers.url,
          DELIVER,
          { event },
          { authorization: `Bearer ${token}` },
          signed ? graph.auth.subgraphSecret : undefined,
        )
      ).body;
    // A partner whose token names the scope: no arrangement grants it.
    const partner = await graph.auth.token({
      kind: "partner",
      agency: "SENASICA",
      scopes: ["crossings:record", "traveller:write", "traveller:identity:read"],
    });
    // An internal token with every scope of the vocabulary (crossings:record is not one).
    const internal = await graph.auth.token();
    for (const token of [partner, internal]) {
      const answer = await send(token, true);
      expect(answer.data?.recordTripCrossingEvent ?? null).toBeNull();
      expect(answer.errors![0].extensions).toMatchObject({ code: "FORBIDDEN" });
    }
    // Unsigned, even with the relay's own token: refused before anything runs.
    const relay = await graph.auth.token({ kind: "service", agency: "CBP", scopes: ["crossings:record"] });
    for (const token of [partner, relay]) {
      const answer = await send(token, false);
      expect(answer.data).toBeUndefined();
      expect(answer.errors![0].extensions).toMatchObject({ code: "UNAUTHENTICATED" });
    }
    expect(await crossingRowsOf(trip)).toEqual([]);
  });
});

describe("recordCrossing", () => {
  const CROSS = `mutation ($input: CrossingInput!) { recordCrossing(input: $input) { crossing { crossingId } ${USER_ERRORS} } }`;

  it("refuses a trip or a truck driver with TRIP_CROSSING_RECORDED_BY_CARGO, and writes nothing", async () => {
    const trip = await nextAwaitedTrip();
    const count = async () => (await driverCrossingsOf(trip)).length;
    const [{ total: before }] = await graph.subgraphs.travellers.dataSource.query(
      "SELECT COUNT(*) AS total FROM crossings WHERE travellerId = ?",
      [trip.driverId],
    );
    const input = {
      travellerId: trip.driverId,
      portCode: trip.port,
      direction: "NORTHBOUND",
      at: minutesAgo(4).toISOString(),
    };

    const withTrip = await rejected(CROSS, {
      input: { ...input, mode: "PRIVATE_VEHICLE", lane: "STANDARD", tripNumber: trip.tripNumber },
    });
    expect(withTrip).toEqual([
      { field: ["input", "tripNumber"], code: "TRIP_CROSSING_RECORDED_BY_CARGO", message: expect.any(String) },
    ]);
    const asDriver = await rejected(CROSS, { input: { ...input, mode: "COMMERCIAL_DRIVER", lane: "STANDARD" } });
    expect(asDriver).toEqual([
      { field: ["input", "mode"], code: "TRIP_CROSSING_RECORDED_BY_CARGO", message: expect.any(String) },
    ]);
    const truckLane = await rejected(CROSS, { input: { ...input, mode: "PRIVATE_VEHICLE", lane: "UCP" } });
    expect(truckLane).toMatchObject([{ field: ["input", "lane"], code: "LANE_NOT_ALLOWED" }]);

    expect(await count()).toBe(0);
    const [{ total: after }] = await graph.subgraphs.travellers.dataSource.query(
      "SELECT COUNT(*) AS total FROM crossings WHERE travellerId = ?",
      [trip.driverId],
    );
    expect(Number(after)).toBe(Number(before));
  });
});

describe("recordTripCrossing's lane", () => {
  it("refuses a person's lane for a truck (READY, SENTRI), and writes no event", async () => {
    const trip = await nextAwaitedTrip();
    const { recordTripCrossing: payload } = await ok(RECORD_TRIP_CROSSING, {
      trip: trip.tripNumber,
      lane: "SENTRI",
      at: minutesAgo(1).toISOString(),
    });
    expect(payload.trip).toBeNull();
    expect(payload.userErrors).toMatchObject([{ field: ["lane"], code: "LANE_NOT_ALLOWED" }]);
    expect(
      await graph.subgraphs.cargo.dataSource.query("SELECT eventId FROM trip_crossing_events WHERE tripNumber = ?", [
        trip.tripNumber,
      ]),
    ).toEqual([]);
  });
});
