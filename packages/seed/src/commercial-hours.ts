import { type CommercialHours, type OpenHours } from "./reference-data";

// A port's cargo facility processes trucks only in its commercial hours (ports.json,
// commercialHours; docs/demo-data.md). These helpers place a trip's arrival inside them and tell
// how long the facility stays open after it. Times are the port's local wall-clock times.

const MINUTE_MS = 60_000;
const MINUTES_PER_DAY = 1440;

const standardOffsets = new Map<string, number>();

/**
 * The zone's standard-time offset from UTC in minutes (its January offset). Hours are applied in
 * standard time all year: with daylight saving a week's shift of the as-of moment would move
 * arrivals across the change by an hour, and the seed promises that every arrival slides with the
 * as-of moment (README, "Quick start"). See docs/demo-data.md.
 */
function standardOffset(timeZone: string): number {
  let offset = standardOffsets.get(timeZone);
  if (offset === undefined) {
    const january = new Date(Date.UTC(2026, 0, 15, 12));
    const parts = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hour: "2-digit",
      minute: "2-digit",
      hourCycle: "h23",
    }).formatToParts(january);
    const part = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
    offset = (part("hour") - 12) * 60 + part("minute");
    standardOffsets.set(timeZone, offset);
  }
  return offset;
}

/** The local weekday (0 Sunday) and minute of the day of a moment, in the zone's standard time. */
function localClock(at: Date, timeZone: string): { weekday: number; minuteOfDay: number } {
  const local = new Date(at.getTime() + standardOffset(timeZone) * MINUTE_MS);
  return { weekday: local.getUTCDay(), minuteOfDay: local.getUTCHours() * 60 + local.getUTCMinutes() };
}

const minutesOf = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));

function hoursOn(hours: CommercialHours, weekday: number): OpenHours | null {
  if (weekday === 0) return hours.sunday;
  if (weekday === 6) return hours.saturday;
  return hours.weekday;
}

/** The facility's opening window (epoch ms) on the local day of `at`; null when closed all day. */
export function windowOnDayOf(at: Date, hours: CommercialHours): { opens: number; closes: number } | null {
  const { weekday, minuteOfDay } = localClock(at, hours.timeZone);
  const open = hoursOn(hours, weekday);
  if (!open) return null;
  const startOfDay = at.getTime() - (at.getTime() % MINUTE_MS) - minuteOfDay * MINUTE_MS;
  return { opens: startOfDay + minutesOf(open[0]) * MINUTE_MS, closes: startOfDay + minutesOf(open[1]) * MINUTE_MS };
}

/** Whether the facility is open at `at`. */
export function isOpen(at: Date, hours: CommercialHours): boolean {
  const window = windowOnDayOf(at, hours);
  return window !== null && at.getTime() >= window.opens && at.getTime() <= window.closes;
}

/**
 * A moment in an opening window near `at`, at least `leadMinutes` before it closes, between
 * `earliest` and `latest` (epoch ms): `at` itself when it qualifies, else a place in the window of
 * its day, the day before or the day after (the first that fits). Deterministic: the place within
 * the window follows from the local time of day of `at`.
 */
export function withinHours(
  at: Date,
  hours: CommercialHours | null,
  leadMinutes: number,
  earliest: number,
  latest: number,
): Date {
  if (!hours) return at;
  const lead = leadMinutes * MINUTE_MS;
  for (const dayOffset of [0, -1, 1, -2, 2]) {
    const day = new Date(at.getTime() + dayOffset * 86_400_000);
    const window = windowOnDayOf(day, hours);
    if (!window || window.closes - lead <= window.opens) continue;
    const last = window.closes - lead;
    let placed = day.getTime();
    if (placed < window.opens || placed > last) {
      // Spread the moved arrivals over the window rather than piling them at its opening: the
      // place in the window follows the local time of day drawn, so a week later is the same place.
      const span = Math.floor((last - window.opens) / MINUTE_MS);
      const { minuteOfDay } = localClock(at, hours.timeZone);
      placed = window.opens + Math.floor((minuteOfDay * span) / MINUTES_PER_DAY) * MINUTE_MS;
    }
    if (placed >= earliest && placed <= latest) return new Date(placed);
  }
  return at;
}

/** Minutes from `at` until the facility closes on its day; Infinity when no hours are recorded. */
export function minutesUntilClosing(at: Date, hours: CommercialHours | null): number {
  if (!hours) return Number.POSITIVE_INFINITY;
  const window = windowOnDayOf(at, hours);
  return window ? Math.floor((window.closes - at.getTime()) / MINUTE_MS) : 0;
}
