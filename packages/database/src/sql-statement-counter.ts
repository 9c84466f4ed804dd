import { AsyncLocalStorage } from "node:async_hooks";
import { type Logger } from "typeorm";

/**
 * Statements run inside `bookkeeping.run(true, …)` are not counted: the access lookups a service
 * makes for its caller (cached a few seconds) must not blur what a request's own data costs.
 */
export const bookkeeping = new AsyncLocalStorage<boolean>();

/** One statement as the driver received it: the text with `?` placeholders, and their values. */
export interface SqlStatement {
  query: string;
  parameters: readonly unknown[];
  /** Sent inside `bookkeeping` (an access lookup): captured, not counted. */
  bookkeeping: boolean;
}

// A serving process never resets its counter: past this many statements it only counts, so its
// memory stays bounded. A test looks at one request's statements, far fewer.
const MAX_CAPTURED = 1_000;

/**
 * A TypeORM logger that counts the SQL statements a data source sends. Batching is a correctness
 * property of this graph: tests reset the counter, run one GraphQL request, and read how many
 * statements it cost. It also keeps the statements themselves, so a test can EXPLAIN each one.
 */
export class SqlStatementCounter implements Logger {
  private counted = 0;
  private statements: SqlStatement[] = [];

  get count(): number {
    return this.counted;
  }

  /** The counted statements since the last reset, for a failing test to print. */
  get recorded(): readonly string[] {
    return this.statements.filter((statement) => !statement.bookkeeping).map((statement) => statement.query);
  }

  /** Every statement since the last reset, access lookups included, with its parameters. */
  get captured(): readonly SqlStatement[] {
    return this.statements;
  }

  reset(): void {
    this.counted = 0;
    this.statements = [];
  }

  logQuery(query: string, parameters?: unknown[]): void {
    if (isTransactionControl(query)) return;
    const inBookkeeping = bookkeeping.getStore() ?? false;
    if (!inBookkeeping) this.counted += 1;
    if (this.statements.length < MAX_CAPTURED) {
      this.statements.push({ query, parameters: parameters ?? [], bookkeeping: inBookkeeping });
    }
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
