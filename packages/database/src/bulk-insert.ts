import { type EntityManager, type EntityTarget, type ObjectLiteral } from "typeorm";

// mysql2 formats `VALUES ?` with an array of row arrays into one multi-row INSERT; this many
// values per statement keeps each well under max_allowed_packet (16 MB by default) and the
// round trips few.
const MYSQL_VALUES_PER_STATEMENT = 60_000;

interface MysqlConnection {
  promise(): { query(sql: string, values: unknown[]): Promise<unknown> };
}

interface SqliteDatabase {
  prepare(sql: string): { run(...values: unknown[]): unknown };
}

/**
 * Inserts many rows of one entity inside the manager's transaction, as fast as the database
 * takes them: on MySQL multi-row INSERTs of tens of thousands of values each, on SQLite one
 * prepared statement run per row. Values are converted as TypeORM would (transformers, dates,
 * simple arrays). The statements go straight to the driver: TypeORM's logger, which keeps what
 * it sees for the statement counter, would otherwise hold on to the data.
 */
export async function bulkInsert<Entity extends ObjectLiteral>(
  manager: EntityManager,
  target: EntityTarget<Entity>,
  rows: ReadonlyArray<Partial<Entity>>,
): Promise<void> {
  if (rows.length === 0) return;
  const runner = manager.queryRunner;
  if (!runner?.isTransactionActive) throw new Error("bulkInsert runs inside a transaction");
  const metadata = manager.connection.getMetadata(target);
  const driver = manager.connection.driver;
  const columns = metadata.columns.filter((column) => column.propertyName in rows[0]);
  const values = (row: Partial<Entity>) =>
    columns.map((column) => driver.preparePersistentValue(row[column.propertyName], column) ?? null);
  const table = driver.escape(metadata.tableName);
  const names = columns.map((column) => driver.escape(column.databaseName)).join(", ");
  const connection: unknown = await runner.connect();

  if (driver.options.type === "better-sqlite3") {
    const insert = (connection as SqliteDatabase).prepare(
      `INSERT INTO ${table} (${names}) VALUES (${columns.map(() => "?").join(", ")})`,
    );
    for (const row of rows) insert.run(...values(row));
    return;
  }
  const rowsPerStatement = Math.max(1, Math.floor(MYSQL_VALUES_PER_STATEMENT / columns.length));
  const mysql = (connection as MysqlConnection).promise();
  for (let start = 0; start < rows.length; start += rowsPerStatement) {
    await mysql.query(`INSERT INTO ${table} (${names}) VALUES ?`, [
      rows.slice(start, start + rowsPerStatement).map(values),
    ]);
  }
}
