import { checkPageSize, decodeCursor, encodeCursor, invalidCursorError } from "@frontera/federation";
import { type ObjectLiteral, type SelectQueryBuilder } from "typeorm";

export interface PageInfoShape {
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  startCursor: string | null;
  endCursor: string | null;
}

export interface Connection<Node> {
  totalCount: number;
  edges: Array<{ cursor: string; node: Node }>;
  pageInfo: PageInfoShape;
}

/** One column of a keyset order; the last must be unique. Times travel in cursors as ISO text. */
export type KeysetColumn<Row> = { column: string; direction: "ASC" | "DESC" } & (
  { type: "time"; of: (row: Row) => Date } | { type: "text"; of: (row: Row) => string }
);

function cursorValue(value: string | Date): string {
  return value instanceof Date ? value.toISOString() : value;
}

/**
 * One page of a filtered query in two statements, a count and the page, keyset-paginated on the
 * given columns: no OFFSET, so deep pages cost what the first does, and with an index on
 * (filter…, columns…) in the same directions the page is read without a sort. Every value is a
 * bound parameter; column names come from code, never from a request.
 */
export async function keysetPage<Row extends ObjectLiteral>(
  query: SelectQueryBuilder<Row>,
  order: Array<KeysetColumn<Row>>,
  first: number,
  after: string | null | undefined,
): Promise<Connection<Row>> {
  checkPageSize(first);
  const totalCount = await query.clone().getCount();
  if (after) {
    const values = decodeCursor(after, order.length).map((value, i) =>
      order[i].type === "time" ? new Date(String(value)) : String(value),
    );
    if (values.some((value) => value instanceof Date && Number.isNaN(value.getTime()))) throw invalidCursorError();
    // (c1 beyond v1) OR (c1 = v1 AND c2 beyond v2) OR …, "beyond" following each column's direction.
    const clauses = order.map((column, i) => {
      const equal = order.slice(0, i).map((earlier, j) => `${earlier.column} = :after${j}`);
      return [...equal, `${column.column} ${column.direction === "DESC" ? "<" : ">"} :after${i}`].join(" AND ");
    });
    query.andWhere(
      `(${clauses.map((clause) => `(${clause})`).join(" OR ")})`,
      Object.fromEntries(values.map((value, i) => [`after${i}`, value])),
    );
  }
  order.forEach((column, i) =>
    i === 0 ? query.orderBy(column.column, column.direction) : query.addOrderBy(column.column, column.direction),
  );
  const rows = first === 0 ? [] : await query.take(first + 1).getMany();
  const page = rows.slice(0, first);
  const edges = page.map((node) => ({
    cursor: encodeCursor(order.map((column) => cursorValue(column.of(node)))),
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
