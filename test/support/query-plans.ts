import { type SqlStatement } from "@frontera/testing";

/** What this file needs of a TypeORM DataSource. */
interface SqlRunner {
  query<Result>(sql: string, parameters?: unknown[]): Promise<Result>;
}

/** One row of MySQL's tabular EXPLAIN: how one table of a statement is read. */
interface PlanStep {
  table: string | null;
  type: string | null;
  key: string | null;
  rows: number | null;
  Extra: string | null;
}

export interface PlannedStatement {
  query: string;
  parameters: readonly unknown[];
  steps: PlanStep[];
  /** Rows the statement actually read, table by table (MariaDB's ANALYZE), summed. */
  rowsRead: number;
  /** The same, of stored tables only: without the rows of derived tables, read back from memory. */
  storedRowsRead: number;
}

/**
 * Sums r_loops × r_rows over every table access in an ANALYZE FORMAT=JSON tree (`stored`: only
 * of tables, not of derived tables such as `<derived2>`).
 */
function rowsReadIn(node: unknown, stored = false): number {
  if (Array.isArray(node)) return node.reduce((sum: number, child) => sum + rowsReadIn(child, stored), 0);
  if (node === null || typeof node !== "object") return 0;
  const record = node as Record<string, unknown>;
  const counted =
    typeof record.table_name === "string" &&
    typeof record.r_rows === "number" &&
    !(stored && record.table_name.startsWith("<"));
  const own = counted ? Number(record.r_rows) * (typeof record.r_loops === "number" ? record.r_loops : 1) : 0;
  return own + Object.values(record).reduce((sum: number, child) => sum + rowsReadIn(child, stored), 0);
}

/**
 * EXPLAINs every distinct read among the statements, with the parameters it was sent with, and
 * runs it under ANALYZE to count the rows it really reads.
 */
export async function explainReads(dataSource: SqlRunner, statements: readonly SqlStatement[]) {
  const reads = new Map<string, SqlStatement>();
  for (const statement of statements) {
    if (!/^\s*SELECT/i.test(statement.query)) continue;
    reads.set(`${statement.query}\n${JSON.stringify(statement.parameters)}`, statement);
  }
  const planned: PlannedStatement[] = [];
  for (const { query, parameters } of reads.values()) {
    const steps = await dataSource.query<PlanStep[]>(`EXPLAIN ${query}`, [...parameters]);
    const [analyzed] = await dataSource.query<Array<{ ANALYZE: string }>>(`ANALYZE FORMAT=JSON ${query}`, [
      ...parameters,
    ]);
    const analysis: unknown = JSON.parse(analyzed.ANALYZE);
    planned.push({
      query,
      parameters,
      steps: steps.map((step) => ({ ...step, rows: Number(step.rows) })),
      rowsRead: rowsReadIn(analysis),
      storedRowsRead: rowsReadIn(analysis, true),
    });
  }
  return planned;
}

/**
 * What makes a statement's cost grow with the data:
 * - reading a whole table (`ALL`) or a whole index (`index`), or sorting rows after reading
 *   them (`Using filesort`), on more than `smallRows` rows — small reference tables (ports,
 *   programs) may be read whole, and the few children of a page's rows sorted;
 * - a count that reads rows rather than an index range alone;
 * - a page (`LIMIT n`) that reads more than a few rows per row it returns: however deep the
 *   cursor, a keyset page must start reading where the cursor points.
 */
export function growingSteps(statement: PlannedStatement, smallRows: number): string[] {
  const limit = Number(/\bLIMIT (\d+)/i.exec(statement.query)?.[1] ?? 0);
  // An index read in its own order with nothing to filter, stopped by LIMIT (the first page of
  // an unfiltered list): EXPLAIN estimates the whole index, ANALYZE counts the page.
  const walkedToLimit = (step: PlanStep) =>
    step.type === "index" && !step.Extra?.includes("Using where") && limit > 1 && statement.rowsRead <= 4 * limit;
  const problems = statement.steps
    .filter((step) => (step.rows ?? 0) > smallRows)
    .flatMap((step) => {
      const found: string[] = [];
      if (step.type === "ALL") found.push("full table scan");
      if (step.type === "index" && !walkedToLimit(step)) found.push("full index scan");
      if (step.Extra?.includes("Using filesort")) found.push("filesort");
      if (/^\s*SELECT COUNT/i.test(statement.query) && !step.Extra?.includes("Using index")) {
        found.push("count reading rows");
      }
      return found.map((problem) => `${problem} of ${step.table} (~${step.rows} rows)`);
    });
  if (limit > 1 && statement.rowsRead > 4 * limit) {
    problems.push(`a page of ${limit} rows reading ${statement.rowsRead} rows`);
  }
  return problems;
}
