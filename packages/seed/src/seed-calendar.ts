/**
 * The demo data's calendar, anchored to its as-of moment: the moment the data describes as "now".
 * Trips arrive over the 85 days before it and the 6 after; those that arrived before it have
 * crossed, those after are awaited; memberships and documents expire years around it. The same
 * as-of moment (and seed) always gives the same data; `pnpm seed --as-of` picks it (README, "Quick start").
 */
export interface SeedCalendar {
  /** The as-of moment, in epoch milliseconds. */
  asOf: number;
  /** The as-of moment moved by whole days (negative: before it). */
  day(offset: number): Date;
  /** Epoch milliseconds of `day(offset)`. */
  dayMs(offset: number): number;
}

const DAY_MS = 86_400_000;

/** The first arrival of the window, in days before the as-of moment. */
export const DAYS_OF_HISTORY = 85;
/** The last arrival of the window, in days after it: the trips awaited this week. */
export const DAYS_AHEAD = 6;

export function seedCalendar(asOf: Date): SeedCalendar {
  const at = asOf.getTime();
  return {
    asOf: at,
    day: (offset) => new Date(at + offset * DAY_MS),
    dayMs: (offset) => at + offset * DAY_MS,
  };
}
