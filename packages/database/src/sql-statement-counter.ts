import { AsyncLocalStorage } from "node:async_hooks";
import { type Logger } from "typeorm";

/**
 * Statements run inside `bookkeeping.run(true, …)` are not counted: the access lookups a service
 * makes for its caller (cached a few seconds) must not blur what a request's own data costs.
 */
export const bookkeeping = new AsyncLocalStorage<boolean>();

/**
 * A TypeORM logger that counts the SQL statements a data source sends. Batching is a correctness
 * property of this graph: tests reset the counter, run one GraphQL request, and read how many
 * statements it cost.
 */
export class SqlStatementCounter implements Logger {
  private statements: string[] = [];

  get count(): number {
    return this.statements.length;
  }

  /** The statements since the last reset, for a failing test to print. */
  get recorded(): readonly string[] {
    return this.statements;
  }

  reset(): void {
    this.statements = [];
  }

  logQuery(query: string): void {
    if (isTransactionControl(query) || bookkeeping.getStore()) return;
    this.statements.push(query);
  }

  logQueryError(): void {}
  logQuerySlow(): void {}
  logSchemaBuild(): void {}
  logMigration(): void {}
  log(): void {}
}

// BEGIN/COMMIT are bookkeeping around statements, not reads or writes of their own.
function isTransactionControl(query: string): boolean {
  return /^(START TRANSACTION|BEGIN|COMMIT|ROLLBACK|SAVEPOINT|RELEASE SAVEPOINT)/i.test(query);
}
