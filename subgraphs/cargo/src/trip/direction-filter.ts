import { Direction } from "@frontera/federation";

/**
 * The direction a list filters on: the one asked for, else NORTHBOUND, so a client that never
 * asks keeps the answer it had before southbound trade was kept (docs/southbound.md). The row
 * policy is applied beside it: asking for a direction never shows rows the caller may not see.
 */
export function directionFilter(asked: Direction | null | undefined): Direction {
  return asked ?? Direction.NORTHBOUND;
}
