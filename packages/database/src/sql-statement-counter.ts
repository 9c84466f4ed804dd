import { type Logger } from "typeorm";

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
    if (isTransactionControl(query)) return;
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
