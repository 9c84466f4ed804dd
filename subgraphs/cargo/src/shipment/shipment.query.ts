import { checkPageSize, decodeCursor, encodeCursor, invalidCursorError } from "@frontera/federation";
import { GraphQLError } from "graphql";
import { type DataSource } from "typeorm";
import { type ShipmentConnection, type ShipmentFilter } from "./shipment.connection";
import { Shipment } from "./shipment.entity";

const cursorOf = (shipment: Shipment) =>
  encodeCursor([shipment.estimatedArrival.toISOString(), shipment.shipmentControlNumber]);

/**
 * One page of shipments in two statements (count, page), keyset-paginated on
 * (estimatedArrival, shipmentControlNumber), both descending so that the (port, arrival, number)
 * index is read backwards with no sort: no OFFSET, so deep pages cost what the first does.
 */
export async function findShipmentPage(
  dataSource: DataSource,
  filter: ShipmentFilter,
  first: number,
  after: string | null,
): Promise<ShipmentConnection> {
  checkPageSize(first);
  if (filter.arrivalFrom && filter.arrivalTo && filter.arrivalFrom >= filter.arrivalTo) {
    throw new GraphQLError("filter.arrivalFrom must be before filter.arrivalTo", {
      extensions: { code: "BAD_USER_INPUT", argument: "filter.arrivalTo" },
    });
  }
  const query = dataSource.getRepository(Shipment).createQueryBuilder("shipment");
  if (filter.portCode) query.andWhere("shipment.portCode = :portCode", { portCode: filter.portCode });
  if (filter.arrivalFrom)
    query.andWhere("shipment.estimatedArrival >= :arrivalFrom", { arrivalFrom: filter.arrivalFrom });
  if (filter.arrivalTo) query.andWhere("shipment.estimatedArrival < :arrivalTo", { arrivalTo: filter.arrivalTo });
  const totalCount = await query.clone().getCount();

  if (after) {
    const [arrival, controlNumber] = decodeCursor(after, 2);
    const afterArrival = new Date(arrival);
    if (Number.isNaN(afterArrival.getTime())) throw invalidCursorError();
    query.andWhere(
      "(shipment.estimatedArrival < :afterArrival OR (shipment.estimatedArrival = :afterArrival AND shipment.shipmentControlNumber < :afterNumber))",
      { afterArrival, afterNumber: String(controlNumber) },
    );
  }
  const rows = await query
    .orderBy("shipment.estimatedArrival", "DESC")
    .addOrderBy("shipment.shipmentControlNumber", "DESC")
    .take(first + 1)
    .getMany();
  const page = rows.slice(0, first);
  const edges = page.map((node) => ({ cursor: cursorOf(node), node }));
  return {
    totalCount,
    edges,
    pageInfo: {
      hasNextPage: rows.length > first,
      hasPreviousPage: after !== null,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}
