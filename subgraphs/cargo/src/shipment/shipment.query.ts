import { type CargoRowPolicy } from "../access/cargo-row-policy";
import { type DataSource } from "typeorm";
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
import { countByDay, countedPorts } from "@frontera/port-daily-counts";
import { GoodsItem } from "../goods-item/goods-item.entity";
import { SHIPMENTS_BY_ARRIVAL } from "../port-of-entry/port-traffic-counts";
import { Direction } from "@frontera/federation";
import { directionFilter } from "../trip/direction-filter";
import { Trip } from "../trip/trip.entity";
import { type ShipmentFilter, ShipmentOrder, type ShipmentOrderField } from "./shipment.connection";
import { Shipment, ShipmentProgram } from "./shipment.entity";

// Each served by an index on (estimatedArrival, shipmentControlNumber), alone or after portCode.
const SHIPMENT_ORDERS: Record<ShipmentOrderField, Array<KeysetColumn<Shipment>>> = {
  ESTIMATED_ARRIVAL: timeThenKey<Shipment>("shipment", "estimatedArrival", "shipmentControlNumber"),
};

/** Shipments matching the filter, one page (see keysetPage). Every value is a bound parameter. */
export function findShipmentPage(
  dataSource: DataSource,
  rows: CargoRowPolicy,
  filter: ShipmentFilter,
  page: PageArguments,
  orderBy?: ShipmentOrder | null,
): Promise<Connection<Shipment>> {
  const problems = new InputProblems();
  checkRange(problems, filter.estimatedArrival, "filter.estimatedArrival");
  if (filter.hsPrefix !== undefined && filter.hsPrefix !== null) {
    problems.check(/^\d{2,6}$/.test(filter.hsPrefix), "filter.hsPrefix", "2 to 6 digits of an HS code");
  }
  problems.throwIfAny();
  const direction = directionFilter(filter.direction);
  if (filter.status) rows.checkStatusFilter(filter.portCode, direction);

  const query = dataSource.getRepository(Shipment).createQueryBuilder("shipment");
  if (filter.portCode) query.andWhere("shipment.portCode = :portCode", { portCode: filter.portCode });
  query.andWhere("shipment.direction = :direction", { direction });
  if (filter.status) query.andWhere("shipment.status = :status", { status: filter.status });
  const arrival = filter.estimatedArrival;
  if (arrival?.from) query.andWhere("shipment.estimatedArrival >= :arrivalFrom", { arrivalFrom: arrival.from });
  if (arrival?.to) query.andWhere("shipment.estimatedArrival < :arrivalTo", { arrivalTo: arrival.to });
  if (filter.programCode) {
    query.andWhere(
      (outer) =>
        `shipment.shipmentControlNumber IN ${outer.subQuery().select("program.shipmentControlNumber").from(ShipmentProgram, "program").where("program.programCode = :programCode").getQuery()}`,
      { programCode: filter.programCode },
    );
  }
  if (filter.hsPrefix) {
    query.andWhere(
      (outer) =>
        `shipment.shipmentControlNumber IN ${outer.subQuery().select("item.shipmentControlNumber").from(GoodsItem, "item").where("item.hsCode LIKE :hsPattern").getQuery()}`,
      { hsPattern: `${filter.hsPrefix}%` },
    );
  }
  if (filter.lane) {
    query.andWhere(
      (outer) =>
        `shipment.tripNumber IN ${outer.subQuery().select("trip.tripNumber").from(Trip, "trip").where("trip.lane = :lane").getQuery()}`,
      { lane: filter.lane },
    );
  }
  rows.restrictTrade(query, "shipment");
  // By port and arrival only: the total comes from the daily counts, which count northbound trade.
  const byPortAndArrival =
    direction === Direction.NORTHBOUND && !filter.status && !filter.programCode && !filter.hsPrefix && !filter.lane;
  const count = byPortAndArrival
    ? () =>
        countByDay(query, SHIPMENTS_BY_ARRIVAL, {
          ports: countedPorts(filter.portCode, rows.manifestPortsIn(direction)),
          from: arrival?.from ?? undefined,
          to: arrival?.to ?? undefined,
        })
    : undefined;
  return keysetPage(query, keysetOrder(SHIPMENT_ORDERS, orderBy, ShipmentOrder.byDefault), page, { count });
}
