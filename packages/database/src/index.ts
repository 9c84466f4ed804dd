import "reflect-metadata";

export { createDataSource, type DatabaseOptions } from "./create-data-source";
export { databaseOptionsFromUrl, describeDatabase } from "./database-url";
export { SqlStatementCounter, type SqlStatement, bookkeeping } from "./sql-statement-counter";
export { ensureMysqlDatabase, dropMysqlDatabase } from "./mysql-admin";
export { renderMigration } from "./render-migration";
export { insertInChunks } from "./insert-in-chunks";
export { type BulkLoad, startBulkLoad } from "./bulk-load";
export {
  PortDailyCount,
  type DailySeries,
  type CountWindow,
  addToDailyCount,
  countByDay,
  countedPorts,
  rebuildDailyCounts,
} from "./port-daily-counts";
export { rowByKeyLoader, rowsByKeyLoader } from "./batch-loaders";
export { runMigrations } from "./run-migrations";
export { IdempotencyRecord, runIdempotent, type IdempotentRequest } from "./idempotency";
export { keysetPage, type KeysetColumn, type Connection, type PageInfoShape } from "./keyset-page";
export { isConnectionLost, isRolledBackConflict, retryTransient, type RetryOptions } from "./transient-errors";
