import { type DailySeries } from "@frontera/port-daily-counts";
import { Shipment } from "../shipment/shipment.entity";
import { Direction } from "@frontera/federation";
import { Trip } from "../trip/trip.entity";

// What a port's dashboard totals count, per day (see PortDailyCount): northbound trade only, the
// rows every one of them counted before directions were kept; southbound totals are counted from
// the rows themselves (docs/southbound.md). Each write that adds such a
// row adds to its day in the same transaction: recordTripManifest, recordTripCrossing.

export const SHIPMENTS_BY_ARRIVAL: DailySeries<Shipment> = {
  name: "shipments-by-arrival",
  target: Shipment,
  port: "portCode",
  time: "estimatedArrival",
  where: [{ property: "direction", equals: Direction.NORTHBOUND }],
};

export const TRIPS_BY_CROSSING: DailySeries<Trip> = {
  name: "trips-by-crossing",
  target: Trip,
  port: "portCode",
  time: "crossedAt",
  where: [{ property: "direction", equals: Direction.NORTHBOUND }],
};

// Trips whose manifest came late, by the day of their estimated arrival (a fixed day: the
// lateness itself may change when the truck crosses, the day it is counted on does not).
export const LATE_MANIFESTS_BY_ARRIVAL: DailySeries<Trip> = {
  name: "late-manifests-by-arrival",
  target: Trip,
  port: "portCode",
  time: "estimatedArrival",
  where: [
    { property: "manifestLate", equals: true },
    { property: "direction", equals: Direction.NORTHBOUND },
  ],
};
