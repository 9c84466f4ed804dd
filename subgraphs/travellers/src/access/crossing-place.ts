import { SOUTHBOUND, tradePlace } from "@frontera/auth";
import { type Crossing } from "../crossing/crossing.entity";
import { isSouthboundDriverCrossing } from "../crossing/crossing-counts";

/**
 * Where a crossing lives. A driver's southbound crossing is a trip into Mexico, southbound trade:
 * at its port in that direction, so only a grant covering southbound trade there reaches it, as
 * the trip itself in cargo (docs/southbound.md). Anyone else's, and a driver's northbound one, at
 * the bare port, where every grant at the port reaches it (what they were before directions).
 */
export function crossingPlace(crossing: Pick<Crossing, "portCode" | "mode" | "direction">): string {
  return placeOfCrossingAt(crossing.portCode, isSouthboundDriverCrossing(crossing));
}

/** The same, for a crossing known only by its port and whether it is a driver's southbound one. */
export function placeOfCrossingAt(portCode: string, southboundDriver: boolean): string {
  return southboundDriver ? tradePlace(portCode, SOUTHBOUND) : portCode;
}
