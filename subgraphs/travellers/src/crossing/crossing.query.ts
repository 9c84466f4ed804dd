import { type TravellerRowPolicy } from "../access/traveller-row-policy";
import {
  type Connection,
  type KeysetColumn,
  keysetPage,
  InputProblems,
  checkRange,
  type PageArguments,
  keysetOrder,
  timeThenKey,
} from "@frontera/federation";
import { countByDayOfSeries, countedPorts } from "@frontera/port-daily-counts";
import { type DataSource, type SelectQueryBuilder } from "typeorm";
import { type CrossingFilter, CrossingOrder, type CrossingOrderField } from "./crossing.connection";
import { CROSSINGS_BY_TIME, SOUTHBOUND_DRIVER_CROSSINGS_BY_TIME } from "./crossing-counts";
import { Crossing } from "./crossing.entity";

// Served by the indexes on (at, id), alone or after travellerId or portCode.
const CROSSING_ORDERS: Record<CrossingOrderField, Array<KeysetColumn<Crossing>>> = {
  AT: timeThenKey<Crossing>("crossing", "at", "id"),
};

export function findCrossingPage(
  dataSource: DataSource,
  rows: TravellerRowPolicy,
  filter: CrossingFilter & { travellerId?: string },
  page: PageArguments,
  orderBy?: CrossingOrder | null,
): Promise<Connection<Crossing>> {
  const problems = new InputProblems();
  checkRange(problems, filter.at, "filter.at");
  problems.throwIfAny();

  const query = dataSource.getRepository(Crossing).createQueryBuilder("crossing");
  if (filter.travellerId) query.andWhere("crossing.travellerId = :travellerId", { travellerId: filter.travellerId });
  if (filter.portCode) query.andWhere("crossing.portCode = :portCode", { portCode: filter.portCode });
  if (filter.at?.from) query.andWhere("crossing.at >= :from", { from: filter.at.from });
  if (filter.at?.to) query.andWhere("crossing.at < :to", { to: filter.at.to });
  if (filter.lane) query.andWhere("crossing.lane = :lane", { lane: filter.lane });
  if (filter.mode) query.andWhere("crossing.mode = :mode", { mode: filter.mode });
  rows.restrictCrossings(query, "crossing");
  // By port and time only (a port dashboard): the total comes from the daily counts.
  const byPortAndTime = !filter.travellerId && !filter.lane && !filter.mode;
  const count = byPortAndTime ? () => countCrossings(query, rows, filter) : undefined;
  return keysetPage(query, keysetOrder(CROSSING_ORDERS, orderBy, CrossingOrder.byDefault), page, { count });
}

/**
 * The crossings `query` matches (by port and time only), from the daily counts: everyone's but the
 * drivers' southbound ones at the ports where crossings show, and the drivers' southbound ones at
 * the ports where those show (traveller:identity:read covering southbound trade) — the rows the
 * row policy leaves in `query`. A northbound-only partner's total never counts a driver's
 * southbound crossing.
 */
function countCrossings(query: SelectQueryBuilder<Crossing>, rows: TravellerRowPolicy, filter: CrossingFilter) {
  return countByDayOfSeries(
    query,
    [
      { series: CROSSINGS_BY_TIME, ports: countedPorts(filter.portCode, rows.crossingPorts) },
      { series: SOUTHBOUND_DRIVER_CROSSINGS_BY_TIME, ports: countedPorts(filter.portCode, rows.southboundDriverPorts) },
    ],
    { from: filter.at?.from ?? undefined, to: filter.at?.to ?? undefined },
  );
}
