import { type CargoRowPolicy } from "../access/cargo-row-policy";
import {
  InputProblems,
  OrderDirection,
  checkRange,
  type PageArguments,
  keysetOrder,
  type Connection,
  type KeysetColumn,
  keysetPage,
} from "@frontera/federation";
import { type DataSource } from "typeorm";
import { countByDay, countedPorts } from "@frontera/port-daily-counts";
import { TRIPS_BY_CROSSING } from "../port-of-entry/port-traffic-counts";
import { type TripFilter, type TripOrder, TripOrderField } from "./trip.connection";
import { Trip } from "./trip.entity";

// Each served by an index on (portCode or driverId, estimatedArrival, tripNumber).
const TRIP_ORDERS: Record<TripOrderField, Array<KeysetColumn<Trip>>> = {
  [TripOrderField.ESTIMATED_ARRIVAL]: [
    { column: "trip.estimatedArrival", type: "time", direction: "DESC", of: (row) => row.estimatedArrival },
    { column: "trip.tripNumber", type: "text", direction: "DESC", of: (row) => row.tripNumber },
  ],
};

const LATEST_FIRST = { field: TripOrderField.ESTIMATED_ARRIVAL, direction: OrderDirection.DESC };

export function findTripPage(
  dataSource: DataSource,
  rows: CargoRowPolicy,
  filter: TripFilter,
  page: PageArguments,
  orderBy?: TripOrder | null,
): Promise<Connection<Trip>> {
  const problems = new InputProblems();
  checkRange(problems, filter.estimatedArrival, "filter.estimatedArrival");
  checkRange(problems, filter.crossedAt, "filter.crossedAt");
  problems.throwIfAny();

  const query = dataSource.getRepository(Trip).createQueryBuilder("trip");
  if (filter.portCode) query.andWhere("trip.portCode = :portCode", { portCode: filter.portCode });
  if (filter.driverId) query.andWhere("trip.driverId = :driverId", { driverId: filter.driverId });
  if (filter.lane) query.andWhere("trip.lane = :lane", { lane: filter.lane });
  const { estimatedArrival: arrival, crossedAt: crossed } = filter;
  if (arrival?.from) query.andWhere("trip.estimatedArrival >= :arrivalFrom", { arrivalFrom: arrival.from });
  if (arrival?.to) query.andWhere("trip.estimatedArrival < :arrivalTo", { arrivalTo: arrival.to });
  if (crossed?.from) query.andWhere("trip.crossedAt >= :crossedFrom", { crossedFrom: crossed.from });
  if (crossed?.to) query.andWhere("trip.crossedAt < :crossedTo", { crossedTo: crossed.to });
  if (filter.crossed === true) query.andWhere("trip.crossedAt IS NOT NULL");
  if (filter.crossed === false) query.andWhere("trip.crossedAt IS NULL");
  rows.restrictToManifestPorts(query, "trip.portCode");
  // Crossings in a window at a port (a dashboard's truck count): the total comes from the daily counts.
  const crossingsInWindow =
    (crossed?.from || crossed?.to) &&
    !filter.driverId &&
    !filter.lane &&
    !arrival?.from &&
    !arrival?.to &&
    filter.crossed !== false;
  const count = crossingsInWindow
    ? () =>
        countByDay(query, TRIPS_BY_CROSSING, {
          ports: countedPorts(filter.portCode, rows.manifestPorts),
          from: crossed?.from ?? undefined,
          to: crossed?.to ?? undefined,
        })
    : undefined;
  return keysetPage(query, keysetOrder(TRIP_ORDERS, orderBy, LATEST_FIRST), page, count);
}
