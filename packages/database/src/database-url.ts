import { type DataSourceOptions } from "typeorm";

type ConnectionOptions =
  | {
      type: "mariadb";
      host: string;
      port: number;
      username: string;
      password: string;
      database: string;
    }
  | { type: "better-sqlite3"; database: string };

/**
 * Turns `mysql://user:pass@host:3306/db` (or `mariadb://…`) into TypeORM options. A URL without
 * a database path gets the subgraph's default schema, so one server URL serves all subgraphs,
 * each in its own schema. No URL means the embedded default: one SQLite file per subgraph.
 */
export function databaseOptionsFromUrl(
  url: string | undefined,
  defaults: { database: string; sqliteFile: string },
): ConnectionOptions {
  if (!url) return { type: "better-sqlite3", database: defaults.sqliteFile };
  const parsed = new URL(url);
  if (parsed.protocol === "sqlite:") {
    return { type: "better-sqlite3", database: decodeURIComponent(parsed.pathname) };
  }
  if (parsed.protocol !== "mysql:" && parsed.protocol !== "mariadb:") {
    throw new Error(`unsupported database URL scheme "${parsed.protocol}" (mysql:, mariadb:, sqlite:)`);
  }
  const database = decodeURIComponent(parsed.pathname.replace(/^\//, "")) || defaults.database;
  return {
    // TypeORM's "mysql" type diffs json and datetime columns wrongly against MariaDB; "mariadb"
    // speaks to MySQL 8 just as well (docs/gotchas.md, G3).
    type: "mariadb",
    host: parsed.hostname,
    port: parsed.port ? Number(parsed.port) : 3306,
    username: decodeURIComponent(parsed.username),
    password: decodeURIComponent(parsed.password),
    database,
  };
}

/** Where the data lives, without credentials: safe for logs and start-up banners. */
export function describeDatabase(options: DataSourceOptions | ConnectionOptions): string {
  if (options.type === "better-sqlite3") return `embedded SQLite ${String(options.database)}`;
  if (options.type === "mariadb" || options.type === "mysql") {
    return `MySQL ${options.host}:${options.port}/${String(options.database)}`;
  }
  return options.type;
}
