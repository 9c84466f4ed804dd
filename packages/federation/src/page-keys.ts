import { type ObjectLiteral, type SelectQueryBuilder } from "typeorm";
import { type KeysetColumn } from "./keyset-page";

/**
 * One part of a page's rows: a condition added to the page's query. The parts of one page must
 * be disjoint and together hold every row of the query; each only narrows it, so no branch can
 * show a row the query (and the row policy in it) refuses.
 */
export interface KeysetBranch {
  where: string;
  /** Named apart from every other branch's: all branches are sent in one statement. */
  parameters: ObjectLiteral;
}

export function inOrder<Row extends ObjectLiteral>(query: SelectQueryBuilder<Row>, order: Array<KeysetColumn<Row>>) {
  order.forEach((column, i) =>
    i === 0 ? query.orderBy(column.column, column.direction) : query.addOrderBy(column.column, column.direction),
  );
  return query;
}

/** The SQL reading a page's keys (as `pageKey`), in order, at most `limit` of them. */
export function pageKeys<Row extends ObjectLiteral>(
  query: SelectQueryBuilder<Row>,
  order: Array<KeysetColumn<Row>>,
  limit: number,
  branches: readonly KeysetBranch[],
): { sql: string; parameters: ObjectLiteral } {
  const key = order[order.length - 1].column;
  const keys = (narrowed: SelectQueryBuilder<Row>) => inOrder(narrowed.select(key, "pageKey"), order).limit(limit);
  if (branches.length === 0) {
    const whole = keys(query.clone());
    return { sql: whole.getQuery(), parameters: whole.getParameters() };
  }
  // One ordered, limited read per branch (each an index range read in order), merged by the outer
  // ORDER BY … LIMIT: at most `limit` rows per branch are read however rare the branch's rows are
  // (docs/performance.md, "A partner's inspections"). SQLite takes a UNION ALL of ordered, limited
  // selects only as subselects, hence `SELECT * FROM (…)`.
  const parts = branches.map((branch) => {
    const part = keys(query.clone().andWhere(branch.where, branch.parameters));
    order.slice(0, -1).forEach((column, i) => part.addSelect(column.column, `pageOrder${i}`));
    return part;
  });
  const union = parts.map((part, i) => `SELECT * FROM (${part.getQuery()}) branch${i}`).join(" UNION ALL ");
  const merged = order
    .map((column, i) => `${i === order.length - 1 ? "pageKey" : `pageOrder${i}`} ${column.direction}`)
    .join(", ");
  return {
    sql: `SELECT pageKey FROM (${union}) branches ORDER BY ${merged} LIMIT ${limit}`,
    parameters: Object.assign({}, ...parts.map((part) => part.getParameters())),
  };
}
