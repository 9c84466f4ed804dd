import { DataSource, type EntitySchema, type MixedList } from "typeorm";
import { databaseOptionsFromUrl } from "./database-url";

export interface DatabaseOptions {
  /** `mysql://…` / `mariadb://…` / `sqlite:///path`; absent means the embedded default. */
  url?: string;
  /** Schema name used when a MySQL URL names none. */
  defaultDatabase: string;
  /** File of the embedded default database. */
  sqliteFile: string;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type -- TypeORM's own type
  entities: MixedList<Function | string | EntitySchema>;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type -- TypeORM's own type
  migrations: MixedList<Function | string>;
  poolSize?: number;
}

/**
 * One DataSource per subgraph. MySQL schemas come only from versioned migrations; the embedded
 * SQLite file is a development convenience and is synchronised from the entities.
 *
 * TypeORM logs nothing: a failed statement fails its request, and the service logs that error
 * with its stack; statement latency and failures are metrics (/metrics). Tests that count
 * statements subscribe to the data source themselves (@frontera/testing).
 */
export function createDataSource(options: DatabaseOptions): DataSource {
  const connection = databaseOptionsFromUrl(options.url, {
    database: options.defaultDatabase,
    sqliteFile: options.sqliteFile,
  });
  const common = { entities: options.entities, logging: false };
  return connection.type === "mariadb"
    ? new DataSource({
        ...connection,
        ...common,
        migrations: options.migrations,
        migrationsRun: false,
        synchronize: false,
        charset: "utf8mb4_unicode_ci",
        // Dates travel as UTC: the server's zone must not shift them (docs/gotchas.md, G4).
        timezone: "Z",
        poolSize: options.poolSize ?? 10,
        // trace: mysql2 would capture the caller's stack on every statement, to put on an error
        // it may never have; TypeORM's QueryFailedError, which is what we log, carries its own.
        extra: { enableKeepAlive: true, trace: false },
      })
    : new DataSource({
        ...connection,
        ...common,
        synchronize: true,
        // WAL lets readers and the single writer work side by side.
        prepareDatabase: (db: { pragma(sql: string): unknown }) => {
          db.pragma("journal_mode = WAL");
          db.pragma("foreign_keys = ON");
        },
      });
}
