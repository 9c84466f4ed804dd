import { checkPageSize, decodeCursor, encodeCursor, invalidCursorError } from "@frontera/federation";
import { type ObjectLiteral, type SelectQueryBuilder } from "typeorm";
import { type Connection } from "./connection-type";

/** How a connection is ordered: a time column, then a unique key to break ties; both descending. */
export interface KeysetOrder<Row> {
  time: { column: string; of: (row: Row) => Date };
  key: { column: string; of: (row: Row) => string };
}

/**
 * One page of a filtered query in two statements, a count and the page, keyset-paginated on
 * (time desc, key desc): both descending, so an index on (filter…, time, key) is read backwards
 * with no sort and no OFFSET — deep pages cost what the first does.
 */
export async function keysetPage<Row extends ObjectLiteral>(
  query: SelectQueryBuilder<Row>,
  order: KeysetOrder<Row>,
  first: number,
  after: string | null | undefined,
): Promise<Connection<Row>> {
  checkPageSize(first);
  const totalCount = await query.clone().getCount();
  if (after) {
    const [time, key] = decodeCursor(after, 2);
    const afterTime = new Date(time);
    if (Number.isNaN(afterTime.getTime())) throw invalidCursorError();
    query.andWhere(
      `(${order.time.column} < :afterTime OR (${order.time.column} = :afterTime AND ${order.key.column} < :afterKey))`,
      { afterTime, afterKey: String(key) },
    );
  }
  const rows =
    first === 0
      ? []
      : await query
          .orderBy(order.time.column, "DESC")
          .addOrderBy(order.key.column, "DESC")
          .take(first + 1)
          .getMany();
  const page = rows.slice(0, first);
  const edges = page.map((node) => ({
    cursor: encodeCursor([order.time.of(node).toISOString(), order.key.of(node)]),
    node,
  }));
  return {
    totalCount,
    edges,
    pageInfo: {
      hasNextPage: first === 0 ? totalCount > 0 : rows.length > first,
      hasPreviousPage: Boolean(after),
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}
