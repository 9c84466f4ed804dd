import "reflect-metadata";

export { createDataSource, type DatabaseOptions } from "./create-data-source";
export { databaseOptionsFromUrl, describeDatabase } from "./database-url";
export { ensureMysqlDatabase, dropMysqlDatabase } from "./mysql-admin";
export { renderMigration } from "./render-migration";
export { rowByKeyLoader, rowsByKeyLoader } from "./batch-loaders";
export { runMigrations } from "./run-migrations";
export {
  type Statement,
  StatementBatch,
  StatementBatchError,
  TRANSACTION_SUPERSEDED,
  TransactionSupersededError,
  failUnless,
} from "./statement-batches";
export { isConnectionLost, isRolledBackConflict, retryTransient, type RetryOptions } from "./transient-errors";
