import { type DailySeries } from "@frontera/port-daily-counts";
import { Crossing } from "./crossing.entity";

// What a port's dashboard counts of people, per day (see PortDailyCount). recordCrossing adds to
// its day in the same transaction.
export const CROSSINGS_BY_TIME: DailySeries<Crossing> = {
  name: "crossings",
  target: Crossing,
  port: "portCode",
  time: "at",
};
