import { HoldKind, Lane } from "@frontera/code-lists";
import { type SeedSize, generateCargo } from "../../src";

const asOf = new Date("2026-11-25T00:00:00Z");
const size: SeedSize = { seed: 6, shipments: 3000, asOf };
const cargo = generateCargo(size);

describe("seeded holds", () => {
  it("stop a small share of shipments, mostly agricultural ones at produce ports, some released", () => {
    const held = new Set(cargo.holds.map((hold) => hold.shipmentControlNumber));
    expect(held.size).toBeGreaterThan(0);
    expect(held.size / cargo.shipments.length).toBeLessThan(0.05);
    const agricultural = cargo.holds.filter((hold) => hold.kind === HoldKind.AGRICULTURAL);
    expect(agricultural.length).toBeGreaterThan(cargo.holds.length / 2);
    expect(cargo.holds.some((hold) => hold.kind !== HoldKind.AGRICULTURAL)).toBe(true);
    expect(cargo.holds.some((hold) => hold.releasedAt !== null)).toBe(true);
    expect(cargo.holds.some((hold) => hold.releasedAt === null)).toBe(true);
  });

  it("are placed after the shipment's last exam and never after the as-of moment", () => {
    for (const hold of cargo.holds) {
      const exams = cargo.inspections.filter((exam) => exam.shipmentControlNumber === hold.shipmentControlNumber);
      for (const exam of exams) expect(hold.placedAt >= (exam.endedAt ?? exam.startedAt)).toBe(true);
      expect(hold.placedAt.getTime()).toBeLessThanOrEqual(asOf.getTime());
      if (hold.releasedAt) {
        expect(hold.releasedAt > hold.placedAt).toBe(true);
        expect(hold.releasedAt.getTime()).toBeLessThanOrEqual(asOf.getTime());
      }
    }
  });

  it("are the same for the same seed, and leave every other generated value as it was", () => {
    const again = generateCargo(size);
    expect(again.holds).toEqual(cargo.holds);
    expect(again.trips).toEqual(cargo.trips);
  });
});

describe("seeded manifest receipts", () => {
  const arrivalOf = (trip: (typeof cargo.trips)[number]) => (trip.crossedAt ?? trip.estimatedArrival).getTime();
  const lateShare = (lanes: Lane[]) => {
    const trips = cargo.trips.filter((trip) => lanes.includes(trip.lane) && trip.manifestReceivedAt);
    const due = (lane: Lane) => (lane === Lane.STANDARD ? 60 : 30) * 60_000;
    return (
      trips.filter((trip) => arrivalOf(trip) - trip.manifestReceivedAt!.getTime() < due(trip.lane)).length /
      trips.length
    );
  };

  it("are late for a few percent of standard trips and fewer FAST ones", () => {
    expect(lateShare([Lane.STANDARD])).toBeGreaterThan(0.03);
    expect(lateShare([Lane.STANDARD])).toBeLessThan(0.15);
    expect(lateShare([Lane.FAST, Lane.UCP])).toBeLessThan(lateShare([Lane.STANDARD]));
  });

  it("exist for every crossed trip and never after the as-of moment", () => {
    for (const trip of cargo.trips) {
      if (trip.crossedAt) expect(trip.manifestReceivedAt).not.toBeNull();
      if (trip.manifestReceivedAt) expect(trip.manifestReceivedAt.getTime()).toBeLessThanOrEqual(asOf.getTime());
    }
  });
});
