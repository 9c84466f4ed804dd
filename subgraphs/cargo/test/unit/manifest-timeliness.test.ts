import { Lane } from "@frontera/federation";
import { manifestTimeliness } from "../../src/trip/manifest-timeliness";

const arrival = new Date("2026-11-20T12:00:00Z");
const minutesBefore = (minutes: number) => new Date(arrival.getTime() - minutes * 60_000);
const trip = (lane: Lane, receivedMinutesBefore: number, crossedAt: Date | null = null) => ({
  lane,
  estimatedArrival: arrival,
  crossedAt,
  manifestReceivedAt: minutesBefore(receivedMinutesBefore),
});

describe("manifest timeliness (19 CFR 123.92)", () => {
  it.each([
    [Lane.FAST, 40, false],
    [Lane.STANDARD, 40, true],
    [Lane.FAST, 20, true],
    [Lane.STANDARD, 20, true],
    [Lane.UCP, 30, false],
    [Lane.FAST, 29, true],
    [Lane.STANDARD, 60, false],
    [Lane.STANDARD, 59, true],
    [Lane.STANDARD, -5, true],
  ])("a %s trip's manifest %i minutes before arrival is late: %s", (lane, minutes, late) => {
    expect(manifestTimeliness(trip(lane, minutes))).toEqual({
      minutesBeforeArrival: minutes,
      dueMinutesBeforeArrival: lane === Lane.STANDARD ? 60 : 30,
      late,
    });
  });

  it("measures against the crossing once there is one", () => {
    const early = trip(Lane.FAST, 45, minutesBefore(20));
    expect(manifestTimeliness(early)).toMatchObject({ minutesBeforeArrival: 25, late: true });
  });

  it("says nothing without a receipt", () => {
    expect(manifestTimeliness({ ...trip(Lane.FAST, 40), manifestReceivedAt: null })).toBeNull();
  });
});
