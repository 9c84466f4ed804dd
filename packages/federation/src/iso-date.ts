/** A GraphQL `Date` arrives as a JS Date at midnight UTC; the database keeps `YYYY-MM-DD`. */
export function toIsoDate(date: Date | null | undefined): string | null {
  return date ? date.toISOString().slice(0, 10) : null;
}
