import {
  DAYS_AHEAD,
  DAYS_OF_HISTORY,
  type SeedSize,
  generateCargo,
  generateCrossings,
  generateTravellers,
} from "../../src";

const DAY_MS = 86_400_000;
const asOf = new Date("2026-12-07T05:00:00Z");
// Large enough that some exams are still running at the as-of moment (a Sunday night, when the
// cargo facilities with set hours are closed).
const size: SeedSize = { seed: 11, shipments: 3000, asOf };
const cargo = generateCargo(size);

describe("demo data anchored to its as-of moment", () => {
  it("is the same for the same seed and as-of moment, and slides with the as-of moment", () => {
    expect(generateCargo(size)).toEqual(cargo);
    const weekLater = generateCargo({ ...size, asOf: new Date(asOf.getTime() + 7 * DAY_MS) });
    // the same draws: every arrival a week later
    expect(weekLater.trips.map((trip) => trip.estimatedArrival.getTime() - 7 * DAY_MS)).toEqual(
      cargo.trips.map((trip) => trip.estimatedArrival.getTime()),
    );
  });

  it("has trips arriving over the 85 days before the as-of moment and the 6 after, yesterday and today included", () => {
    const arrivals = cargo.trips.map((trip) => trip.estimatedArrival.getTime());
    expect(Math.min(...arrivals)).toBeGreaterThanOrEqual(asOf.getTime() - DAYS_OF_HISTORY * DAY_MS);
    expect(Math.max(...arrivals)).toBeLessThanOrEqual(asOf.getTime() + DAYS_AHEAD * DAY_MS);
    const yesterday = asOf.getTime() - DAY_MS;
    expect(arrivals.some((at) => at >= yesterday && at < asOf.getTime())).toBe(true);
    expect(arrivals.some((at) => at >= asOf.getTime() && at < asOf.getTime() + DAY_MS)).toBe(true);
  });

  it("has crossed every trip that arrived before the as-of moment, and none after it", () => {
    for (const trip of cargo.trips) {
      const arrived = trip.estimatedArrival.getTime() < asOf.getTime();
      expect({ trip: trip.tripNumber, crossed: trip.crossedAt !== null }).toEqual({
        trip: trip.tripNumber,
        crossed: arrived,
      });
      if (trip.crossedAt) expect(trip.crossedAt.getTime()).toBeLessThanOrEqual(asOf.getTime());
    }
  });

  it("has no exam begun or finished after the as-of moment; those still running are pending", () => {
    for (const exam of cargo.inspections) {
      expect(exam.startedAt.getTime()).toBeLessThanOrEqual(asOf.getTime());
      if (exam.endedAt) expect(exam.endedAt.getTime()).toBeLessThanOrEqual(asOf.getTime());
      else expect(exam.result).toBe("PENDING");
    }
    expect(cargo.inspections.some((exam) => exam.result === "PENDING")).toBe(true);
  });

  it("has no crossing after the as-of moment, and memberships valid or lapsed relative to it", () => {
    for (const crossing of generateCrossings(size)) expect(crossing.at.getTime()).toBeLessThanOrEqual(asOf.getTime());
    const today = asOf.toISOString().slice(0, 10);
    for (const membership of generateTravellers(size).memberships) {
      if (membership.status === "EXPIRED") expect(membership.validUntil < today).toBe(true);
      else expect(membership.validUntil > today).toBe(true);
    }
  });
});
