import { type TravellerRowPolicy } from "../access/traveller-row-policy";
import { countByDay, countedPorts } from "@frontera/port-daily-counts";
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
import { type CrossingFilter, type CrossingOrder, CrossingOrderField } from "./crossing.connection";
import { CROSSINGS_BY_TIME } from "./crossing-counts";
import { Crossing } from "./crossing.entity";

// Served by the indexes on (at, id), alone or after travellerId or portCode.
const CROSSING_ORDERS: Record<CrossingOrderField, Array<KeysetColumn<Crossing>>> = {
  [CrossingOrderField.AT]: [
    { column: "crossing.at", type: "time", direction: "DESC", of: (row) => row.at },
    { column: "crossing.id", type: "text", direction: "DESC", of: (row) => row.id },
  ],
};
const LATEST_FIRST = { field: CrossingOrderField.AT, direction: OrderDirection.DESC };

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
  const count = byPortAndTime
    ? () =>
        countByDay(query, CROSSINGS_BY_TIME, {
          ports: countedPorts(filter.portCode, rows.crossingPorts),
          from: filter.at?.from ?? undefined,
          to: filter.at?.to ?? undefined,
        })
    : undefined;
  return keysetPage(query, keysetOrder(CROSSING_ORDERS, orderBy, LATEST_FIRST), page, count);
}
