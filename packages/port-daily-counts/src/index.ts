export {
  PortDailyCount,
  type DailySeries,
  type CountWindow,
  addToDailyCount,
  countByDay,
  countedPorts,
  rebuildDailyCounts,
} from "./port-daily-counts";
