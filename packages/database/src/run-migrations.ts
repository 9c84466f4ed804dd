import { createDataSource, type DatabaseOptions } from "./create-data-source";
import { ensureMysqlDatabase } from "./mysql-admin";

/**
 * Brings a MySQL schema up to date with its versioned migrations, each in its own transaction.
 * Returns the names of the migrations applied. A no-op for the embedded default.
 */
export async function runMigrations(options: DatabaseOptions): Promise<string[]> {
  if (!options.url || options.url.startsWith("sqlite:")) return [];
  await ensureMysqlDatabase(options.url, options.defaultDatabase);
  const dataSource = createDataSource(options);
  await dataSource.initialize();
  try {
    const applied = await dataSource.runMigrations({ transaction: "each" });
    return applied.map((migration) => migration.name);
  } finally {
    await dataSource.destroy();
  }
}
