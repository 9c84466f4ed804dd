import { AsyncLocalStorage } from "node:async_hooks";
import { type IncomingMessage } from "node:http";
import { ownRequestPurpose } from "@frontera/service";
import { type SubgraphWorker } from "@frontera/subgraph";
import { type DataSource, type EntitySubscriberInterface } from "typeorm";

/**
 * Work a service does on its own behalf — the access lookups and relayed crossings other services
 * send it (their user agent names a purpose), its own workers — is no client request's cost:
 * statements sent inside it are captured but not counted. Tests only: production keeps no such
 * context.
 */
const ownWork = new AsyncLocalStorage<boolean>();

/** Middleware (a subgraph's `beforeGraphQL`): the rest of a service's own request runs as own work. */
export function markOwnRequests(request: IncomingMessage, _response: unknown, next: () => void): void {
  ownWork.run(ownRequestPurpose(request.headers["user-agent"]) !== undefined, next);
}

/** A subgraph worker whose timers and wake-ups run as own work (cargo's crossing relay). */
export function workingOnItsOwn<StartArguments extends unknown[]>(
  start: (...args: StartArguments) => SubgraphWorker,
): (...args: StartArguments) => SubgraphWorker {
  return (...args) => {
    // Timers set up inside the context keep it, as does every promise the worker starts there.
    const worker = ownWork.run(true, () => start(...args));
    return { wake: () => ownWork.run(true, () => worker.wake()), stop: () => worker.stop() };
  };
}

/** One statement as the driver received it: the text with `?` placeholders, and their values. */
export interface SqlStatement {
  query: string;
  parameters: readonly unknown[];
  /** Sent as a service's own work (see ownWork): captured, not counted. */
  ownWork: boolean;
}

// A test looks at one request's statements, far fewer; past this many the counter only counts.
const MAX_CAPTURED = 1_000;

/**
 * Counts the SQL statements a data source sends, as a TypeORM subscriber that each statement
 * passes before it is sent. Batching is a correctness property of this graph: tests reset the
 * counter, run one GraphQL request, and read how many statements it cost. It also keeps the
 * statements themselves, so a test can EXPLAIN each one.
 */
export class SqlStatementCounter implements EntitySubscriberInterface {
  private counted = 0;
  private statements: SqlStatement[] = [];

  /** Starts counting what this data source sends from now on. */
  static on(dataSource: DataSource): SqlStatementCounter {
    const counter = new SqlStatementCounter();
    // TypeORM reads its subscribers at each statement, so one added after initialize() counts.
    dataSource.subscribers.push(counter);
    return counter;
  }

  get count(): number {
    return this.counted;
  }

  /** The counted statements since the last reset, for a failing test to print. */
  get recorded(): readonly string[] {
    return this.statements.filter((statement) => !statement.ownWork).map((statement) => statement.query);
  }

  /** Every statement since the last reset, own work included, with its parameters. */
  get captured(): readonly SqlStatement[] {
    return this.statements;
  }

  reset(): void {
    this.counted = 0;
    this.statements = [];
  }

  beforeQuery(event: { query: string; parameters?: unknown }): void {
    if (isTransactionControl(event.query)) return;
    const inOwnWork = ownWork.getStore() ?? false;
    if (!inOwnWork) this.counted += 1;
    if (this.statements.length < MAX_CAPTURED) {
      // Our drivers (mysql2, better-sqlite3) take positional parameters only.
      const parameters = Array.isArray(event.parameters) ? event.parameters : [];
      this.statements.push({ query: event.query, parameters, ownWork: inOwnWork });
    }
  }
}

// BEGIN/COMMIT are bookkeeping around statements, not reads or writes of their own.
function isTransactionControl(query: string): boolean {
  return /^(START TRANSACTION|BEGIN|COMMIT|ROLLBACK|SAVEPOINT|RELEASE SAVEPOINT)/i.test(query);
}
