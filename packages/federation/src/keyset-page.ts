import { type ObjectLiteral, type SelectQueryBuilder } from "typeorm";
import { type Connection } from "./connection-type";
import {
  type PageArguments,
  checkPageArguments,
  cursorOrderError,
  decodeCursor,
  encodeCursor,
  invalidCursorError,
} from "./pagination";
import { type KeysetBranch, inOrder, pageKeys } from "./page-keys";

/**
 * One column of a keyset order; the last must be unique. Times travel in cursors as ISO text.
 * A column `keptOutOfCursor` (a name, say) is not written into the cursor: its value is read
 * again from the row the cursor's last column names, so a cursor never carries what the page's
 * reader may be refused elsewhere.
 */
export type KeysetColumn<Row> = { column: string; direction: "ASC" | "DESC"; keptOutOfCursor?: boolean } & (
  { type: "time"; of: (row: Row) => Date } | { type: "text"; of: (row: Row) => string }
);

function cursorValue<Row>(column: KeysetColumn<Row>, row: Row): string {
  if (column.keptOutOfCursor) return "";
  const value = column.of(row);
  return value instanceof Date ? value.toISOString() : value;
}

/**
 * The order a cursor belongs to, written into it: a position in one order (arrival, newest first)
 * is no position in another, so a cursor is refused under any order but its own.
 */
function orderTag<Row>(order: Array<KeysetColumn<Row>>): string {
  return order.map((column) => `${column.column.slice(column.column.indexOf(".") + 1)} ${column.direction}`).join(",");
}

function encodeAfter<Row>(order: Array<KeysetColumn<Row>>, row: Row): string {
  return encodeCursor([orderTag(order), ...order.map((column) => cursorValue(column, row))]);
}

function decodeAfter<Row>(
  cursor: string,
  order: Array<KeysetColumn<Row>>,
  argument: "after" | "before",
): Array<string | Date> {
  const [tag, ...key] = decodeCursor(cursor, order.length + 1, argument);
  if (tag !== orderTag(order))
    throw typeof tag === "string" && tag.includes(" ") ? cursorOrderError(argument) : invalidCursorError(argument);
  const values = key.map((value, i) => (order[i].type === "time" ? new Date(String(value)) : String(value)));
  if (values.some((value) => value instanceof Date && Number.isNaN(value.getTime())))
    throw invalidCursorError(argument);
  return values;
}

/** The same columns, each turned the other way: what lies before a row in one lies after it in this. */
function reversed<Row>(order: Array<KeysetColumn<Row>>): Array<KeysetColumn<Row>> {
  return order.map((column) => ({ ...column, direction: column.direction === "ASC" ? "DESC" : "ASC" }));
}

/**
 * Rows after the cursor: (c1 beyond v1) OR (c1 = v1 AND c2 beyond v2) OR …, "beyond" following
 * each column's direction, and first `c1 up to v1`, which says the same and gives MySQL the start
 * of an index range.
 */
function afterCursor<Row extends ObjectLiteral>(
  query: SelectQueryBuilder<Row>,
  order: Array<KeysetColumn<Row>>,
  values: Array<string | Date>,
) {
  const beyond = (column: KeysetColumn<Row>) => (column.direction === "DESC" ? "<" : ">");
  const last = order.length - 1;
  const valueOf = (column: KeysetColumn<Row>, i: number) => {
    if (!column.keptOutOfCursor) return `:after${i}`;
    const property = (name: string) => name.slice(name.indexOf(".") + 1);
    return query
      .subQuery()
      .select(`cursorRow.${property(column.column)}`)
      .from(query.expressionMap.mainAlias!.target, "cursorRow")
      .where(`cursorRow.${property(order[last].column)} = :after${last}`)
      .getQuery();
  };
  const clauses = order.map((column, i) => {
    const equal = order.slice(0, i).map((earlier, j) => `${earlier.column} = ${valueOf(earlier, j)}`);
    return [...equal, `${column.column} ${beyond(column)} ${valueOf(column, i)}`].join(" AND ");
  });
  query.andWhere(`${order[0].column} ${beyond(order[0])}= ${valueOf(order[0], 0)}`);
  query.andWhere(
    `(${clauses.map((clause) => `(${clause})`).join(" OR ")})`,
    Object.fromEntries(values.map((value, i) => [`after${i}`, value])),
  );
}

/**
 * The page's rows, keys first: a derived table reads the keys of the page from the index alone,
 * stopping at the page size, and the rows are then fetched by key. Asked directly, MariaDB 10.11
 * walks back from the newest row to the cursor (a `ref` scan with the cursor as a filter), reading
 * every row it skips: a page 10,000 rows deep would cost 10,000 row reads.
 */
function pageRows<Row extends ObjectLiteral>(
  query: SelectQueryBuilder<Row>,
  order: Array<KeysetColumn<Row>>,
  limit: number,
  branches: readonly KeysetBranch[],
): Promise<Row[]> {
  const key = order[order.length - 1].column;
  const keys = pageKeys(query, order, limit, branches);
  const rows = query.connection
    .getRepository<Row>(query.expressionMap.mainAlias!.target)
    .createQueryBuilder(query.alias)
    .innerJoin(`(${keys.sql})`, "page", `page.pageKey = ${key}`)
    .setParameters(keys.parameters);
  return inOrder(rows, order).getMany();
}

/** How a page is read beyond its query and order. */
export interface KeysetPageOptions {
  /** The total count, when something cheaper than counting the query's rows gives it. */
  count?: () => Promise<number>;
  /**
   * Disjoint parts of the query, each read in order on its own and merged: for a query whose rows
   * are a few rare kinds spread through one index range (page-keys.ts).
   */
  branches?: readonly KeysetBranch[];
}

/**
 * One page of a filtered query, keyset-paginated on the given columns: no OFFSET, so deep pages
 * cost what the first does, given an index on (filter…, columns…). The count and the page are
 * two statements, each sent only if its part of the connection is read. Every value is a bound
 * parameter; column names come from code, never from a request.
 *
 * Backward (`last`, `before`) is forward in the reversed order: the rows nearest `before` (or the
 * end) are read first, from the same index read the other way, and turned back into the
 * connection's order. Cursors are always written in the connection's order, so one cursor serves
 * as `after` and as `before`. `hasPreviousPage` of a backward page and `hasNextPage` of a forward
 * page are exact (one row more is read); the other side is known only from the cursor given: a
 * cursor came from a row, so there is a row beyond it.
 */
export async function keysetPage<Row extends ObjectLiteral>(
  query: SelectQueryBuilder<Row>,
  order: Array<KeysetColumn<Row>>,
  page: PageArguments,
  { count = () => query.clone().getCount(), branches = [] }: KeysetPageOptions = {},
): Promise<Connection<Row>> {
  const { size, backward, cursor } = checkPageArguments(page);
  const bound = cursor ? decodeAfter(cursor.value, order, cursor.argument) : null;
  const counted = once(count);
  const reading = backward ? reversed(order) : order;
  const selected = query.clone();
  if (bound && cursor) afterCursor(selected, cursor.argument === "after" ? order : reversed(order), bound);
  const rows = once(() => (size === 0 ? Promise.resolve([]) : pageRows(selected, reading, size + 1, branches)));
  const edges = once(async () => {
    const shown = (await rows()).slice(0, size);
    if (backward) shown.reverse();
    return shown.map((node) => ({ cursor: encodeAfter(order, node), node }));
  });
  const beyondSize = once(async () => (size === 0 ? (await counted()) > 0 : (await rows()).length > size));
  return {
    get totalCount() {
      return counted();
    },
    get edges() {
      return edges();
    },
    get pageInfo() {
      return (async () => {
        const shown = await edges();
        return {
          hasNextPage: backward ? cursor?.argument === "before" : await beyondSize(),
          hasPreviousPage: backward ? await beyondSize() : cursor?.argument === "after",
          startCursor: shown[0]?.cursor ?? null,
          endCursor: shown.at(-1)?.cursor ?? null,
        };
      })();
    },
  };
}

function once<Value>(make: () => Promise<Value>): () => Promise<Value> {
  let made: Promise<Value> | undefined;
  return () => (made ??= make());
}
