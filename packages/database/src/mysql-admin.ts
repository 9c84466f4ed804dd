import { createConnection } from "mysql2/promise";
import { databaseOptionsFromUrl } from "./database-url";

async function withServer<T>(
  url: string,
  defaultDatabase: string,
  work: (run: (sql: string) => Promise<unknown>, database: string) => Promise<T>,
): Promise<T> {
  const options = databaseOptionsFromUrl(url, { database: defaultDatabase, sqliteFile: "" });
  if (options.type !== "mariadb") throw new Error("not a MySQL URL");
  const connection = await createConnection({
    host: options.host,
    port: options.port,
    user: options.username,
    password: options.password,
  });
  try {
    return await work((sql) => connection.query(sql), options.database);
  } finally {
    await connection.end();
  }
}

const quoteIdentifier = (name: string) => `\`${name.replace(/`/g, "``")}\``;

/** Creates the subgraph's schema when it does not exist yet (first migration on a new server). */
export function ensureMysqlDatabase(url: string, defaultDatabase: string): Promise<void> {
  return withServer(url, defaultDatabase, async (run, database) => {
    await run(
      `CREATE DATABASE IF NOT EXISTS ${quoteIdentifier(database)} CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`,
    );
  });
}

export function dropMysqlDatabase(url: string, defaultDatabase: string): Promise<void> {
  return withServer(url, defaultDatabase, async (run, database) => {
    await run(`DROP DATABASE IF EXISTS ${quoteIdentifier(database)}`);
  });
}
