import { performance } from "node:perf_hooks";
import { type DataSource, type EntitySubscriberInterface } from "typeorm";

/** One statement: SQL from the code (never from a request) and its bound values. */
export interface Statement {
  sql: string;
  values?: unknown[];
}

interface Mysql2Connection {
  format(sql: string, values?: unknown[]): string;
  query(sql: string, callback: (error: Error | null, results: unknown) => void): void;
  release(): void;
  destroy(): void;
}

interface Mysql2Pool {
  getConnection(callback: (error: Error | null, connection: Mysql2Connection) => void): void;
  end(callback?: () => void): void;
}

interface MysqlDriverParts {
  mysql: {
    createPool(options: Record<string, unknown>): Mysql2Pool;
    format(sql: string, values: unknown[], stringifyObjects?: boolean, timezone?: string): string;
  };
  options: {
    host?: string;
    port?: number;
    username?: string;
    password?: string;
    database?: string;
    charset?: string;
    timezone?: string;
  };
}

const pools = new WeakMap<DataSource, Mysql2Pool>();

/**
 * A failed round trip, shaped as TypeORM's QueryFailedError is for the logs: the statements' text
 * (`query`, with placeholders: never the values, which are the records' data), the server's code
 * and number (`driverError`, read by transient-errors.ts to know a deadlock from a broken table).
 */
export class StatementBatchError extends Error {
  readonly query: string;
  readonly code?: string;
  readonly errno?: number;
  readonly driverError: { code?: string; errno?: number; sqlState?: string };

  constructor(cause: unknown, statements: Statement[]) {
    const driverError = (cause ?? {}) as { message?: string; code?: string; errno?: number; sqlState?: string };
    super(driverError.message ?? String(cause));
    this.name = "QueryFailedError";
    this.query = statements.map((statement) => statement.sql).join(";\n");
    this.code = driverError.code;
    this.errno = driverError.errno;
    this.driverError = { code: driverError.code, errno: driverError.errno, sqlState: driverError.sqlState };
  }
}

/**
 * A small pool beside TypeORM's whose connections take several statements per round trip
 * (`multipleStatements`), for the few writes where round trips are the cost (the disclosure log's
 * append: docs/performance.md, "Two round trips"). Only `StatementBatch` uses it, and it formats
 * every value itself (escaped by mysql2), so no text from a request is ever run as SQL. TypeORM's
 * own pool keeps the option off.
 */
function poolOf(dataSource: DataSource): Mysql2Pool {
  let pool = pools.get(dataSource);
  if (!pool) {
    const { mysql, options } = dataSource.driver as unknown as MysqlDriverParts;
    pool = mysql.createPool({
      host: options.host,
      port: options.port,
      user: options.username,
      password: options.password,
      database: options.database,
      charset: options.charset,
      timezone: options.timezone,
      multipleStatements: true,
      connectionLimit: 4,
      enableKeepAlive: true,
      trace: false,
      // mysql2's query() formats the text it is given again, with no values: a scan of every
      // character of a round trip's text (a write to the disclosure log: ~40–100 KB) that finds
      // nothing to replace. Text without values is taken as it is; with values, formatted as
      // mysql2 would (docs/performance.md, "The text of a round trip, formatted once").
      queryFormat(
        this: { config: { stringifyObjects?: boolean; timezone?: string } },
        sql: string,
        values?: unknown[],
      ) {
        if (values === undefined || values.length === 0) return sql;
        return mysql.format(sql, values, this.config.stringifyObjects, this.config.timezone);
      },
    });
    pools.set(dataSource, pool);
    // Closed with the data source's own connections.
    const destroy = dataSource.destroy.bind(dataSource);
    dataSource.destroy = async () => {
      pools.delete(dataSource);
      await new Promise<void>((resolve) => pool!.end(() => resolve()));
      await destroy();
    };
  }
  return pool;
}

type AfterQuery = Parameters<NonNullable<EntitySubscriberInterface["afterQuery"]>>[0];

// ER_SUBQUERY_NO_1_ROW: how a guard fails (`failUnless`).
const GUARD_FAILED = 1242;
/** The `code` of a TransactionSupersededError. */
export const TRANSACTION_SUPERSEDED = "TRANSACTION_SUPERSEDED";

/**
 * The transaction that a commit's guard protects was not the one its COMMIT would have ended: on
 * a MariaDB Galera node a brute-force abort inside a round trip ends the transaction there, yet
 * the statements after the aborted one still run, in a new transaction, and a COMMIT among them
 * commits them (docs/performance.md, "A transaction split by a brute-force abort"). The guard
 * failed in that new transaction, so nothing after the abort was committed: nothing of this
 * transaction is stored, and running it again is safe (transient-errors.ts).
 */
export class TransactionSupersededError extends StatementBatchError {
  constructor(statements: Statement[]) {
    super(
      {
        message: "the transaction was ended inside its commit round trip (its guard failed): nothing was committed",
        code: TRANSACTION_SUPERSEDED,
        errno: GUARD_FAILED,
      },
      statements,
    );
    this.name = "TransactionSupersededError";
  }
}

/**
 * A statement that fails unless `condition` (an SQL boolean, with placeholders) holds in the
 * transaction: a scalar subquery that returns two rows exactly when it does not, an error on MySQL
 * and MariaDB alike (SIGNAL needs a stored program on MySQL). A commit's guard (`commit`).
 */
export function failUnless(condition: Statement): Statement {
  return {
    sql: `SELECT (SELECT 1 FROM (SELECT 1 AS n UNION ALL SELECT 2) AS two WHERE NOT COALESCE((${condition.sql}), FALSE)) AS held`,
    values: condition.values,
  };
}

/**
 * One transaction on MySQL sent in as few round trips as it has decisions: each `send` is one
 * round trip carrying several statements, and returns each statement's result in order. The
 * first `send` opens the transaction, `commit` ends it with the last statements; anything that
 * throws on the way rolls it back. Each statement is still reported to the data source's
 * subscribers' `afterQuery` once its round trip is answered, as if TypeORM had run it: the
 * statement metrics see it, and so do tests that listen there (SqlStatementCounter, which counts
 * in `beforeQuery`, a request's reads, does not).
 */
export class StatementBatch {
  private open = false;

  private constructor(
    private readonly dataSource: DataSource,
    private readonly connection: Mysql2Connection,
  ) {}

  /** A connection of the batch pool, for one transaction; `release` (or `run`) gives it back. */
  static async begin(dataSource: DataSource): Promise<StatementBatch> {
    const connection = await new Promise<Mysql2Connection>((resolve, reject) =>
      poolOf(dataSource).getConnection((error, taken) => (error ? reject(error) : resolve(taken))),
    );
    return new StatementBatch(dataSource, connection);
  }

  /** Runs `work` in a transaction of its own on a batch connection, rolled back if it throws. */
  static async run<T>(dataSource: DataSource, work: (batch: StatementBatch) => Promise<T>): Promise<T> {
    const batch = await StatementBatch.begin(dataSource);
    try {
      return await work(batch);
    } catch (error) {
      await batch.rollback();
      throw error;
    } finally {
      batch.release();
    }
  }

  /** Sends the statements in one round trip (opening the transaction first if it is not open). */
  async send(statements: Statement[]): Promise<unknown[]> {
    // autocommit off first: if the server ends the transaction between or inside round trips (a
    // Galera node aborting it for a write-set it applies), the statements it still runs after
    // that must not commit one by one; they wait in a new transaction for a COMMIT, which the
    // commit's guard stops, and the rollback on the way out undoes them.
    const opening = this.open ? [] : [{ sql: "SET autocommit = 0" }, { sql: "START TRANSACTION" }];
    this.open = true;
    const results = await this.roundTrip([...opening, ...statements]);
    return results.slice(opening.length);
  }

  /**
   * Sends the last statements, then `guard`, then COMMIT, in one round trip. The guard (see
   * `failUnless`) must hold only in the transaction that made this one's writes: that its rows
   * are there, say. When the server ended the transaction inside the round trip and ran the rest
   * in a new one, the guard fails there, COMMIT does not run, and this throws
   * TransactionSupersededError. The statements must not fail as a guard does (a scalar subquery
   * of several rows), or their failure would read as the guard's.
   */
  async commit(statements: Statement[], guard: Statement): Promise<unknown[]> {
    try {
      const results = await this.send([...statements, guard, { sql: "COMMIT" }]);
      this.open = false;
      return results.slice(0, statements.length);
    } catch (error) {
      if (error instanceof StatementBatchError && error.errno === GUARD_FAILED) {
        throw new TransactionSupersededError([...statements, guard]);
      }
      throw error;
    }
  }

  private async rollback(): Promise<void> {
    if (!this.open) return;
    this.open = false;
    try {
      await this.roundTrip([{ sql: "ROLLBACK" }]);
    } catch {
      // The connection is gone or broken: it is destroyed on release, and its transaction with it.
      this.broken = true;
    }
  }

  private broken = false;

  release(): void {
    if (this.broken || this.open) this.connection.destroy();
    else this.connection.release();
  }

  private async roundTrip(statements: Statement[]): Promise<unknown[]> {
    const text = statements.map(({ sql, values }) => this.connection.format(sql, values ?? [])).join(";\n");
    const started = performance.now();
    try {
      const results = await new Promise<unknown>((resolve, reject) =>
        this.connection.query(text, (error, result) => (error ? reject(error) : resolve(result))),
      );
      this.report(statements, true, performance.now() - started);
      // mysql2 answers one statement with its result alone, several with an array of them.
      return statements.length === 1 ? [results] : (results as unknown[]);
    } catch (error) {
      this.broken ||= !(error as { sqlState?: string }).sqlState;
      this.report(statements, false, performance.now() - started);
      throw new StatementBatchError(error, statements);
    }
  }

  private report(statements: Statement[], success: boolean, milliseconds: number): void {
    for (const { sql, values } of statements) {
      const event = {
        connection: this.dataSource,
        queryRunner: undefined,
        manager: this.dataSource.manager,
        query: sql,
        parameters: values,
        success,
        executionTime: Math.round(milliseconds / statements.length),
      } as unknown as AfterQuery;
      for (const subscriber of this.dataSource.subscribers) void subscriber.afterQuery?.(event);
    }
  }
}
