import { useIntl } from "react-intl";

/**
 * Dates and numbers in the chosen locale (Intl, through react-intl). A `Date` of the graph is a
 * calendar day: shown as that day wherever the officer is. A `DateTime` is an instant: shown in
 * the browser's time zone, named.
 */
export function useFormat() {
  const intl = useIntl();
  return {
    number: (value: number) => intl.formatNumber(value),
    day: (isoDay: string) => intl.formatDate(`${isoDay}T00:00:00Z`, { dateStyle: "medium", timeZone: "UTC" }),
    shortDay: (isoDay: string) =>
      intl.formatDate(`${isoDay}T00:00:00Z`, { day: "numeric", month: "short", timeZone: "UTC" }),
    time: (instant: string) => intl.formatTime(instant, { hour: "2-digit", minute: "2-digit", timeZoneName: "short" }),
    dateTime: (instant: string) =>
      intl.formatDate(instant, {
        year: "numeric",
        month: "short",
        day: "numeric",
        hour: "2-digit",
        minute: "2-digit",
        timeZoneName: "short",
      }),
  };
}
