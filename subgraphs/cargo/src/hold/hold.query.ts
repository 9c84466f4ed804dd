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
import { type DataSource } from "typeorm";
import { type CargoRowPolicy } from "../access/cargo-row-policy";
import { type HoldFilter, HoldOrder, type HoldOrderField } from "./hold.connection";
import { ShipmentHold } from "./hold.entity";
import { directionFilter } from "../trip/direction-filter";

// Served by an index on (placedAt, id), alone or after portCode.
const HOLD_ORDERS: Record<HoldOrderField, Array<KeysetColumn<ShipmentHold>>> = {
  PLACED_AT: timeThenKey<ShipmentHold>("hold", "placedAt", "id"),
};

/** Holds matching the filter, cut in SQL to those the caller may read; `totalCount` counts the same cut rows. */
export function findHoldPage(
  dataSource: DataSource,
  rows: CargoRowPolicy,
  filter: HoldFilter,
  page: PageArguments,
  orderBy?: HoldOrder | null,
): Promise<Connection<ShipmentHold>> {
  const problems = new InputProblems();
  checkRange(problems, filter.placedAt, "filter.placedAt");
  problems.throwIfAny();

  const query = dataSource.getRepository(ShipmentHold).createQueryBuilder("hold");
  query.andWhere("hold.direction = :direction", { direction: directionFilter(filter.direction) });
  if (filter.portCode) query.andWhere("hold.portCode = :portCode", { portCode: filter.portCode });
  if (filter.kind) query.andWhere("hold.kind = :kind", { kind: filter.kind });
  if (filter.agencyCode) query.andWhere("hold.agencyCode = :agencyCode", { agencyCode: filter.agencyCode });
  if (filter.open === true) query.andWhere("hold.releasedAt IS NULL");
  if (filter.open === false) query.andWhere("hold.releasedAt IS NOT NULL");
  if (filter.placedAt?.from) query.andWhere("hold.placedAt >= :placedFrom", { placedFrom: filter.placedAt.from });
  if (filter.placedAt?.to) query.andWhere("hold.placedAt < :placedTo", { placedTo: filter.placedAt.to });
  rows.restrictHolds(query, "hold");
  return keysetPage(query, keysetOrder(HOLD_ORDERS, orderBy, HoldOrder.byDefault), page);
}
