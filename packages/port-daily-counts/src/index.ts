export {
  PortDailyCount,
  type DailySeries,
  type CountWindow,
  addToDailyCount,
  countByDay,
  countByDayOfSeries,
  type CountedSeries,
  countedPorts,
  rebuildDailyCounts,
} from "./port-daily-counts";
