import { type DailySeries } from "@frontera/port-daily-counts";
import { Crossing, CrossingMode, Direction } from "./crossing.entity";

// A driver's southbound crossing is southbound trade: shared only under arrangements covering that
// direction (docs/southbound.md), so it is counted apart and a count adds it only where it may show.
const SOUTHBOUND_DRIVER = [
  { property: "mode" as const, equals: CrossingMode.COMMERCIAL_DRIVER },
  { property: "direction" as const, equals: Direction.SOUTHBOUND },
];

// What a port's dashboard counts of people, per day (see PortDailyCount): everyone's crossings but
// the drivers' southbound ones, what it counted before those were kept. recordCrossing and
// recordTripCrossingEvent add to its day in the same transaction.
export const CROSSINGS_BY_TIME: DailySeries<Crossing> = {
  name: "crossings",
  target: Crossing,
  port: "portCode",
  time: "at",
  except: SOUTHBOUND_DRIVER,
};

// Drivers' southbound crossings (trips into Mexico), per day.
export const SOUTHBOUND_DRIVER_CROSSINGS_BY_TIME: DailySeries<Crossing> = {
  name: "southbound-driver-crossings",
  target: Crossing,
  port: "portCode",
  time: "at",
  where: SOUTHBOUND_DRIVER,
};

export const CROSSING_SERIES = [CROSSINGS_BY_TIME, SOUTHBOUND_DRIVER_CROSSINGS_BY_TIME];

/** Whether a crossing is a driver's southbound one: counted and shared as southbound trade. */
export function isSouthboundDriverCrossing(crossing: Pick<Crossing, "mode" | "direction">): boolean {
  return crossing.mode === CrossingMode.COMMERCIAL_DRIVER && crossing.direction === Direction.SOUTHBOUND;
}

/** The daily series a crossing is counted in. */
export function seriesOfCrossing(crossing: Pick<Crossing, "mode" | "direction">): DailySeries<Crossing> {
  return isSouthboundDriverCrossing(crossing) ? SOUTHBOUND_DRIVER_CROSSINGS_BY_TIME : CROSSINGS_BY_TIME;
}
