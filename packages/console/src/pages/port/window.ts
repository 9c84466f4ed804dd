/** A dashboard's window: whole UTC days, `from` to `to` both included. */
export interface DayWindow {
  from: string;
  to: string;
}

/** The per-day chart asks once per day: a month at most keeps that to 31 small requests. */
export const MAX_WINDOW_DAYS = 31;

const DAY_MS = 86_400_000;
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

export function isoDay(time: number): string {
  return new Date(time).toISOString().slice(0, 10);
}

/** The last seven whole days, today left out (it is not over). */
export function defaultWindow(now = Date.now()): DayWindow {
  const today = Date.parse(isoDay(now));
  return { from: isoDay(today - 7 * DAY_MS), to: isoDay(today - DAY_MS) };
}

/** Every day of the window, in order. */
export function daysOf(window: DayWindow): string[] {
  const days: string[] = [];
  for (let time = Date.parse(window.from); time <= Date.parse(window.to); time += DAY_MS) days.push(isoDay(time));
  return days;
}

/** The instants the graph's DateTimeRange takes: `from` included, `to` excluded. */
export function dayRange(day: string): { from: string; to: string } {
  return { from: `${day}T00:00:00Z`, to: `${isoDay(Date.parse(day) + DAY_MS)}T00:00:00Z` };
}

export function windowRange(window: DayWindow): { from: string; to: string } {
  return { from: dayRange(window.from).from, to: dayRange(window.to).to };
}

/** Why a window cannot be shown, as a message id, or null when it can. */
export function windowProblem(window: DayWindow): "port.window.invalid" | "port.window.tooLong" | null {
  if (!ISO_DAY.test(window.from) || !ISO_DAY.test(window.to) || Number.isNaN(Date.parse(window.from)))
    return "port.window.invalid";
  if (Date.parse(window.to) < Date.parse(window.from)) return "port.window.invalid";
  if (daysOf(window).length > MAX_WINDOW_DAYS) return "port.window.tooLong";
  return null;
}
