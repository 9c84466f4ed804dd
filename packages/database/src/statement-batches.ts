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
  mysql: { createPool(options: Record<string, unknown>): Mysql2Pool };
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

/**
 * One transaction on MySQL sent in as few round trips as it has decisions: each `send` is one
 * round trip carrying several statements, and returns each statement's result in order. The
 * first `send` opens the transaction, `commit` ends it with the last statements; anything that
 * throws on the way rolls it back. Each statement is still reported to the data source's
 * subscribers (the statement metrics, the tests' counters) as if TypeORM had run it.
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
    // autocommit off first: if the server ends the transaction between two round trips (a Galera
    // node aborting it for a write-set it applies), the next round trip's statements must not
    // commit one by one. They then run in a new transaction that only its final COMMIT commits,
    // and the first one that fails stops the rest.
    const opening = this.open ? [] : [{ sql: "SET autocommit = 0" }, { sql: "START TRANSACTION" }];
    this.open = true;
    const results = await this.roundTrip([...opening, ...statements]);
    return results.slice(opening.length);
  }

  /** Sends the last statements and COMMIT, in one round trip. */
  async commit(statements: Statement[]): Promise<unknown[]> {
    const results = await this.send([...statements, { sql: "COMMIT" }]);
    this.open = false;
    return results.slice(0, statements.length);
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
