import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createDataSource, dropMysqlDatabase, runMigrations } from "@frontera/database";
import { type TestSeedSize, withTestAsOf } from "./test-seed";
import { type SubgraphDefinition, subgraphDatabaseOptions, type SubgraphContext } from "@frontera/subgraph";

/**
 * Tests run on the embedded default (SQLite files in a temporary directory) unless
 * TEST_DATABASE_URL names a MySQL server, e.g. mysql://frontera:frontera@127.0.0.1:3306.
 */
export function testDatabaseKind(): "mysql" | "embedded" {
  return process.env.TEST_DATABASE_URL ? "mysql" : "embedded";
}

/**
 * TEST_SCHEMA_TAG (letters, digits) keeps two test runs on one MySQL server — two checkouts, say —
 * out of each other's schemas.
 */
export function testSchemaTag(): string {
  const tag = process.env.TEST_SCHEMA_TAG ?? "";
  if (!/^[a-z0-9]*$/i.test(tag)) throw new Error("TEST_SCHEMA_TAG may hold only letters and digits");
  return tag ? `${tag}_` : "";
}

export interface TestDatabase {
  databaseUrl: string | undefined;
  dataDir: string;
  /** Removes the database: drops the MySQL schema or deletes the SQLite files. */
  drop(): Promise<void>;
}

/**
 * A fresh database for one subgraph in one test file: an empty MySQL schema brought up by the
 * versioned migrations (each Jest worker has its own schema), or a new SQLite file; then seeded.
 */
export async function prepareTestDatabase<Context extends SubgraphContext>(
  definition: SubgraphDefinition<Context>,
  seedSize: TestSeedSize,
): Promise<TestDatabase> {
  const server = process.env.TEST_DATABASE_URL;
  const dataDir = mkdtempSync(join(tmpdir(), `frontera-${definition.name}-`));
  let databaseUrl: string | undefined;
  if (server) {
    const url = new URL(server);
    url.pathname = `/frontera_test_${testSchemaTag()}${definition.name}_${process.env.JEST_WORKER_ID ?? "0"}`;
    databaseUrl = url.toString();
  }
  const options = subgraphDatabaseOptions(definition, { databaseUrl, dataDir });
  if (databaseUrl) {
    await dropMysqlDatabase(databaseUrl, options.defaultDatabase);
    await runMigrations(options);
  }
  const dataSource = createDataSource(options);
  await dataSource.initialize();
  try {
    await definition.seed(dataSource, withTestAsOf(seedSize));
  } finally {
    await dataSource.destroy();
  }
  return {
    databaseUrl,
    dataDir,
    drop: async () => {
      if (databaseUrl) await dropMysqlDatabase(databaseUrl, options.defaultDatabase);
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
