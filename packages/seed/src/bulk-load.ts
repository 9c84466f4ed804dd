import { type DataSource, type EntityTarget, type ObjectLiteral, type QueryRunner } from "typeorm";
import { type ColumnMetadata } from "typeorm/metadata/ColumnMetadata";

// mysql2 formats `VALUES ?` with an array of row arrays into one multi-row INSERT; this many
// values per statement keeps each well under max_allowed_packet (16 MB by default) and the
// round trips few.
const MYSQL_VALUES_PER_STATEMENT = 60_000;

interface MysqlConnection {
  promise(): { query(sql: string, values?: unknown[]): Promise<unknown> };
}

interface SqliteDatabase {
  prepare(sql: string): { run(...values: unknown[]): unknown };
}

/** Generated rows on their way into a subgraph's tables, a batch at a time. */
export interface BulkLoad {
  add<Entity extends ObjectLiteral>(target: EntityTarget<Entity>, rows: ReadonlyArray<Partial<Entity>>): Promise<void>;
  /** Makes every row added visible in its table; nothing is, before. */
  finish(): Promise<void>;
}

/** A table's name, the columns the rows give, and how to turn a row into their values. */
interface TableShape<Entity extends ObjectLiteral> {
  table: string;
  /** The secondary indexes of the entity, as `ADD INDEX` clauses (the migrations make the same). */
  indexes: string[];
  names: string[];
  primaryKey: string[];
  values(row: Partial<Entity>): unknown[];
}

function shapeOf<Entity extends ObjectLiteral>(
  runner: QueryRunner,
  target: EntityTarget<Entity>,
  sample: Partial<Entity>,
): TableShape<Entity> {
  const metadata = runner.connection.getMetadata(target);
  const driver = runner.connection.driver;
  const columns = metadata.columns.filter((column) => column.propertyName in sample);
  const named = (column: ColumnMetadata) => driver.escape(column.databaseName);
  return {
    table: metadata.tableName,
    indexes: metadata.indices.map(
      (index) =>
        `ADD ${index.isUnique ? "UNIQUE " : ""}INDEX ${driver.escape(index.name)} (${index.columns.map(named).join(", ")})`,
    ),
    names: columns.map(named),
    // a generated key (auto-increment) is not among the rows' columns
    primaryKey: metadata.primaryColumns.filter((column) => columns.includes(column)).map(named),
    // converted as TypeORM would: transformers, dates, simple arrays, booleans
    values: (row) => columns.map((column) => driver.preparePersistentValue(row[column.propertyName], column) ?? null),
  };
}

/**
 * A load of generated data into an emptied subgraph: `add` batch after batch, then `finish`.
 * Statements go straight to the driver: TypeORM's logger, which keeps what it sees for the
 * statement counter, would otherwise hold on to the data.
 *
 * On MySQL each table's rows are first appended to an unindexed MyISAM temporary table, then
 * copied in one pass in primary-key order into the table stripped of its secondary indexes,
 * which are then built again from the entity's definitions, the ones the migrations create (the
 * contract test holds them equal, after a seed). Generated keys (shipment control numbers, UUIDs)
 * are random: inserted as they come into an indexed table, each row lands on a random page of
 * the table and of each index, and once those outgrow the buffer pool (128 MB by default) nearly
 * every row reads pages from disk: a million shipments took 34 minutes that way, and 1,000,000
 * crossings alone over 6 minutes even copied in key order into their four indexes. In key order
 * into the bare table, the table is written page after page; each index is then built by one sort.
 * A load that fails part way leaves indexes missing until the seed is run again.
 *
 * On SQLite (the embedded default, 3,000 shipments) rows go straight to their tables in one
 * transaction, one prepared statement run per row.
 */
export async function startBulkLoad(dataSource: DataSource): Promise<BulkLoad> {
  const runner = dataSource.createQueryRunner();
  const connection: unknown = await runner.connect();
  return dataSource.options.type === "better-sqlite3"
    ? sqliteLoad(runner, connection as SqliteDatabase)
    : mysqlLoad(runner, (connection as MysqlConnection).promise());
}

async function sqliteLoad(runner: QueryRunner, database: SqliteDatabase): Promise<BulkLoad> {
  await runner.startTransaction();
  return {
    async add(target, rows) {
      if (rows.length === 0) return;
      const shape = shapeOf(runner, target, rows[0]);
      const insert = database.prepare(
        `INSERT INTO ${runner.connection.driver.escape(shape.table)} (${shape.names.join(", ")}) VALUES (${shape.names.map(() => "?").join(", ")})`,
      );
      for (const row of rows) insert.run(...shape.values(row));
    },
    async finish() {
      try {
        await runner.commitTransaction();
      } finally {
        await runner.release();
      }
    },
  };
}

async function mysqlLoad(runner: QueryRunner, mysql: ReturnType<MysqlConnection["promise"]>): Promise<BulkLoad> {
  // by table, in the order first added: the order they are copied in
  const staged = new Map<string, TableShape<ObjectLiteral>>();
  const escape = (name: string) => runner.connection.driver.escape(name);
  const stagingOf = (table: string) => escape(`seed_${table}`);
  return {
    async add(target, rows) {
      if (rows.length === 0) return;
      const shape = shapeOf(runner, target, rows[0]) as TableShape<ObjectLiteral>;
      if (!staged.has(shape.table)) {
        await mysql.query(
          `CREATE TEMPORARY TABLE ${stagingOf(shape.table)} ENGINE=MyISAM SELECT ${shape.names.join(", ")} FROM ${escape(shape.table)} WHERE 1 = 0`,
        );
        staged.set(shape.table, shape);
      }
      const perStatement = Math.max(1, Math.floor(MYSQL_VALUES_PER_STATEMENT / shape.names.length));
      for (let start = 0; start < rows.length; start += perStatement) {
        await mysql.query(`INSERT INTO ${stagingOf(shape.table)} (${shape.names.join(", ")}) VALUES ?`, [
          rows.slice(start, start + perStatement).map(shape.values),
        ]);
      }
    },
    async finish() {
      try {
        for (const { table, indexes, names, primaryKey } of staged.values()) {
          await dropSecondaryIndexes(mysql, table, escape);
          // Without a key among the rows (auto-increment), MyISAM reads them back in the order added.
          const order = primaryKey.length ? ` ORDER BY ${primaryKey.join(", ")}` : "";
          await mysql.query(
            `INSERT INTO ${escape(table)} (${names.join(", ")}) SELECT ${names.join(", ")} FROM ${stagingOf(table)}${order}`,
          );
          if (indexes.length) await mysql.query(`ALTER TABLE ${escape(table)} ${indexes.join(", ")}`);
          await mysql.query(`DROP TEMPORARY TABLE ${stagingOf(table)}`);
        }
      } finally {
        await runner.release();
      }
    },
  };
}

/** Drops whatever secondary indexes the table has now (a failed load may have left fewer). */
async function dropSecondaryIndexes(
  mysql: ReturnType<MysqlConnection["promise"]>,
  table: string,
  escape: (name: string) => string,
): Promise<void> {
  const [rows] = (await mysql.query(
    "SELECT DISTINCT INDEX_NAME AS name FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = ? AND INDEX_NAME <> 'PRIMARY'",
    [table],
  )) as [Array<{ name: string }>];
  if (rows.length) {
    await mysql.query(
      `ALTER TABLE ${escape(table)} ${rows.map(({ name }) => `DROP INDEX ${escape(name)}`).join(", ")}`,
    );
  }
}
