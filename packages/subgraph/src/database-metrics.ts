import { Counter, Gauge, Histogram, type Registry } from "prom-client";
import { type DataSource, type EntitySubscriberInterface } from "typeorm";

type AfterQueryEvent = Parameters<NonNullable<EntitySubscriberInterface["afterQuery"]>>[0];

/** A statement's kind, from its first keyword: the only thing about a statement that is a label. */
export function statementKind(sql: string): "select" | "insert" | "update" | "delete" | "other" {
  const keyword = /^\s*(\w+)/.exec(sql)?.[1]?.toUpperCase();
  if (keyword === "SELECT" || keyword === "WITH") return "select";
  if (keyword === "INSERT" || keyword === "REPLACE") return "insert";
  if (keyword === "UPDATE") return "update";
  if (keyword === "DELETE") return "delete";
  return "other"; // transaction control, SET, DDL of migrations
}

/** The parts of mysql2's Pool that tell its state; internal fields, stable across mysql2 2.x–3.x. */
interface Mysql2Pool {
  config: { connectionLimit: number };
  _allConnections: { length: number };
  _freeConnections: { length: number };
  _connectionQueue: { length: number };
}

/**
 * What a subgraph adds to /metrics about its database: statement latency by kind (labels are the
 * kind and the outcome, never SQL text or values) and, on MySQL, the connection pool's state, read
 * at scrape time. The embedded SQLite database is one in-process connection: it has no pool to report.
 */
export function registerDatabaseMetrics(registry: Registry, dataSource: DataSource): void {
  const registers = [registry];
  const duration = new Histogram({
    name: "frontera_db_query_duration_seconds",
    help: "SQL statement latency by kind (TypeORM measures it in whole milliseconds)",
    labelNames: ["kind"],
    buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
    registers,
  });
  const failures = new Counter({
    name: "frontera_db_query_errors_total",
    help: "SQL statements that failed, by kind",
    labelNames: ["kind"],
    registers,
  });
  const timing: EntitySubscriberInterface = {
    afterQuery(event: AfterQueryEvent) {
      const kind = statementKind(event.query);
      if (!event.success) failures.inc({ kind });
      else if (event.executionTime !== undefined) duration.observe({ kind }, event.executionTime / 1000);
    },
  };
  // TypeORM reads its subscribers list at each statement, so one added after initialize() counts.
  dataSource.subscribers.push(timing);

  if (dataSource.options.type !== "mariadb" && dataSource.options.type !== "mysql") return;
  const pool = () => (dataSource.driver as unknown as { pool?: Mysql2Pool }).pool;
  new Gauge({
    name: "frontera_db_pool_connections",
    help: "Database connections by state: in_use (lent to a query), idle (open, free), max (the pool's limit)",
    labelNames: ["state"],
    registers,
    collect() {
      const current = pool();
      if (!current) return;
      const open = current._allConnections.length;
      const idle = current._freeConnections.length;
      this.set({ state: "in_use" }, open - idle);
      this.set({ state: "idle" }, idle);
      this.set({ state: "max" }, current.config.connectionLimit);
    },
  });
  new Gauge({
    name: "frontera_db_pool_waiting_requests",
    help: "Queries waiting for a free database connection",
    registers,
    collect() {
      const current = pool();
      if (current) this.set(current._connectionQueue.length);
    },
  });
}
