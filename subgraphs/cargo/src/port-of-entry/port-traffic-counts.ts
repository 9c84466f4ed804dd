import { type DailySeries } from "@frontera/port-daily-counts";
import { Shipment } from "../shipment/shipment.entity";
import { Trip } from "../trip/trip.entity";

// What a port's dashboard totals count, per day (see PortDailyCount). Each write that adds such a
// row adds to its day in the same transaction: recordTripManifest, recordTripCrossing.

export const SHIPMENTS_BY_ARRIVAL: DailySeries<Shipment> = {
  name: "shipments-by-arrival",
  target: Shipment,
  port: "portCode",
  time: "estimatedArrival",
};

export const TRIPS_BY_CROSSING: DailySeries<Trip> = {
  name: "trips-by-crossing",
  target: Trip,
  port: "portCode",
  time: "crossedAt",
};

// Trips whose manifest came late, by the day of their estimated arrival (a fixed day: the
// lateness itself may change when the truck crosses, the day it is counted on does not).
export const LATE_MANIFESTS_BY_ARRIVAL: DailySeries<Trip> = {
  name: "late-manifests-by-arrival",
  target: Trip,
  port: "portCode",
  time: "estimatedArrival",
  where: { property: "manifestLate", equals: true },
};
