import { type CargoRowPolicy } from "../access/cargo-row-policy";
import {
  InputProblems,
  checkRange,
  type PageArguments,
  keysetOrder,
  timeThenKey,
  type Connection,
  type KeysetColumn,
  keysetPage,
} from "@frontera/federation";
import { countByDay, countedPorts } from "@frontera/port-daily-counts";
import { type DataSource } from "typeorm";
import { LATE_MANIFESTS_BY_ARRIVAL, TRIPS_BY_CROSSING } from "../port-of-entry/port-traffic-counts";
import { type TripFilter, TripOrder, type TripOrderField } from "./trip.connection";
import { Direction } from "@frontera/federation";
import { directionFilter } from "./direction-filter";
import { Trip } from "./trip.entity";

// Each served by an index on (portCode or driverId, estimatedArrival, tripNumber).
const TRIP_ORDERS: Record<TripOrderField, Array<KeysetColumn<Trip>>> = {
  ESTIMATED_ARRIVAL: timeThenKey<Trip>("trip", "estimatedArrival", "tripNumber"),
};

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

  const direction = directionFilter(filter.direction);
  const query = dataSource.getRepository(Trip).createQueryBuilder("trip");
  query.andWhere("trip.direction = :direction", { direction });
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
  if (filter.manifestLate != null) query.andWhere("trip.manifestLate = :late", { late: Number(filter.manifestLate) });
  rows.restrictTrade(query, "trip");
  const ports = countedPorts(filter.portCode, rows.manifestPortsIn(direction));
  // The daily counts count northbound trade only; southbound totals are counted from the rows.
  const counted = direction === Direction.NORTHBOUND;
  // Crossings in a window at a port (a dashboard's truck count): the total comes from the daily counts.
  const crossingsInWindow =
    counted &&
    (crossed?.from || crossed?.to) &&
    !filter.driverId &&
    !filter.lane &&
    !arrival?.from &&
    !arrival?.to &&
    filter.crossed !== false &&
    filter.manifestLate == null;
  // Late manifests by arrival at a port (a dashboard's late count): from the daily counts too.
  const lateManifestsInWindow =
    counted &&
    filter.manifestLate === true &&
    !filter.driverId &&
    !filter.lane &&
    !crossed?.from &&
    !crossed?.to &&
    filter.crossed == null;
  let count: (() => Promise<number>) | undefined;
  if (crossingsInWindow) {
    count = () => countByDay(query, TRIPS_BY_CROSSING, { ports, from: crossed?.from, to: crossed?.to });
  } else if (lateManifestsInWindow) {
    count = () => countByDay(query, LATE_MANIFESTS_BY_ARRIVAL, { ports, from: arrival?.from, to: arrival?.to });
  }
  return keysetPage(query, keysetOrder(TRIP_ORDERS, orderBy, TripOrder.byDefault), page, { count });
}

/**
 * How many trips arriving at a port in [from, to) (estimated arrival) had a late e-manifest: the
 * whole days from the daily counts, the partial days at the window's edges along the index on
 * (portCode, manifestLate, estimatedArrival). The same rows as trips(filter: { manifestLate: true }).
 */
export function countLateManifests(
  dataSource: DataSource,
  rows: CargoRowPolicy,
  portCode: string,
  window: { from: Date; to: Date },
): Promise<number> {
  const problems = new InputProblems();
  problems.check(window.from < window.to, "to", "the window must end after it starts");
  problems.throwIfAny();
  const query = dataSource
    .getRepository(Trip)
    .createQueryBuilder("trip")
    .where("trip.portCode = :portCode", { portCode })
    .andWhere("trip.direction = :direction", { direction: Direction.NORTHBOUND })
    .andWhere("trip.manifestLate = :late", { late: 1 })
    .andWhere("trip.estimatedArrival >= :arrivalFrom", { arrivalFrom: window.from })
    .andWhere("trip.estimatedArrival < :arrivalTo", { arrivalTo: window.to });
  rows.restrictTrade(query, "trip");
  const ports = countedPorts(portCode, rows.manifestPortsIn(Direction.NORTHBOUND));
  return countByDay(query, LATE_MANIFESTS_BY_ARRIVAL, { ports, ...window });
}
