import {
  type SouthboundBatch,
  createSouthboundGenerator,
  generateCargo,
  generateCrossings,
  streamCargo,
  tigieLines,
  tripCrossingEventId,
} from "../../src";

// The southbound demo data (docs/southbound.md): returns of northbound trucks, from a stream of
// their own, so the northbound data is what it was and the same inputs give the same rows.

const size = { seed: 11, shipments: 1500, asOf: new Date("2026-11-25T00:00:00Z") };

function southbound(shipmentsPerBatch: number): SouthboundBatch[] {
  const { tradeParties, batches } = streamCargo(size, shipmentsPerBatch);
  const next = createSouthboundGenerator(size, tradeParties);
  return [...batches].map((batch) => next(batch.trips));
}

const flat = (batches: SouthboundBatch[]) => ({
  trips: batches.flatMap((batch) => batch.trips),
  shipments: batches.flatMap((batch) => batch.shipments),
  pedimentos: batches.flatMap((batch) => batch.pedimentos),
  goodsItems: batches.flatMap((batch) => batch.goodsItems),
  inspections: batches.flatMap((batch) => batch.inspections),
});

describe("southbound demo data", () => {
  const all = flat(southbound(10_000));

  it("is the same for the same seed and as-of moment, whatever the batch size", () => {
    expect(flat(southbound(10_000))).toEqual(all);
    expect(flat(southbound(100))).toEqual(all);
  });

  it("leaves the northbound data as it was", () => {
    const { tradeParties, batches } = streamCargo(size);
    const next = createSouthboundGenerator(size, tradeParties);
    const northbound = [...batches].map((batch) => {
      next(batch.trips);
      return batch;
    });
    expect(northbound.flatMap((batch) => batch.shipments)).toEqual(generateCargo(size).shipments);
  });

  it("returns crossed northbound trucks, loaded or empty, at the same port, after they crossed", () => {
    const northbound = new Map(generateCargo(size).trips.map((trip) => [trip.tripNumber, trip]));
    const loaded = all.trips.filter((trip) => trip.loaded);
    expect(loaded.length).toBeGreaterThan(0);
    expect(all.trips.length - loaded.length).toBeGreaterThan(0);
    for (const trip of all.trips) {
      const outbound = northbound.get(trip.returnOfTripNumber)!;
      expect(trip.portCode).toBe(outbound.portCode);
      expect(trip.driverId).toBe(outbound.driverId);
      expect(trip.estimatedArrival.getTime()).toBeGreaterThan(outbound.crossedAt!.getTime());
      expect(northbound.has(trip.tripNumber)).toBe(false);
    }
    const shipmentsOf = new Set(all.shipments.map((shipment) => shipment.tripNumber));
    for (const trip of all.trips) expect(shipmentsOf.has(trip.tripNumber)).toBe(trip.loaded);
  });

  it("files pedimentos of 15 digits whose aduana, patente and year digit agree, and uses only sourced TIGIE lines", () => {
    expect(all.pedimentos.length).toBeGreaterThan(0);
    for (const pedimento of all.pedimentos) {
      expect(pedimento.number).toMatch(/^\d{15}$/);
      expect(pedimento.number.slice(4, 8)).toBe(pedimento.brokerPatente);
      expect(pedimento.number[8]).toBe(pedimento.number[1]);
      expect(pedimento.paidAt.getTime()).toBeLessThanOrEqual(size.asOf.getTime());
    }
    const sourced = new Set(tigieLines.map((line) => `${line.fraction}${line.nico}`));
    for (const item of all.goodsItems) expect(sourced).toContain(`${item.tigieFraction}${item.tigieNico}`);
    for (const inspection of all.inspections) expect(inspection.agencies).toEqual(["SENASICA"]);
  });
});

describe("southbound drivers' crossings", () => {
  it("gives the driver of every crossed southbound trip one southbound crossing: the trip's time, port, lane and event id", () => {
    const crossings = generateCrossings(size);
    const southboundDrivers = crossings.filter(
      (crossing) => crossing.mode === "COMMERCIAL_DRIVER" && crossing.direction === "SOUTHBOUND",
    );
    const crossed = flat(southbound(10_000)).trips.filter((trip) => trip.crossedAt);
    expect(crossed.length).toBeGreaterThan(0);
    expect(southboundDrivers.map((crossing) => crossing.tripNumber).sort()).toEqual(
      crossed.map((trip) => trip.tripNumber).sort(),
    );
    const byTrip = new Map(southboundDrivers.map((crossing) => [crossing.tripNumber, crossing]));
    for (const trip of crossed) {
      expect(byTrip.get(trip.tripNumber)).toMatchObject({
        travellerId: trip.driverId,
        portCode: trip.portCode,
        lane: trip.lane,
        at: trip.crossedAt,
        eventId: tripCrossingEventId(size.seed, trip.tripNumber),
      });
    }
    expect(new Set(crossings.map((crossing) => crossing.id)).size).toBe(crossings.length);
  });
});
