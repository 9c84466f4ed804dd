import { readFileSync } from "node:fs";
import { createDataSource, renderMigration } from "@frontera/database";
import { printSubgraphSdl } from "@frontera/federation";
import { type SubgraphDefinition, subgraphDatabaseOptions, type SubgraphContext } from "@frontera/subgraph";
import { prepareTestDatabase, testDatabaseKind } from "./test-database";

/**
 * Checks that a subgraph's committed artefacts agree with its code: the SDL in schema.graphql
 * (what composition reads) and, on MySQL, the versioned migrations (what production runs).
 */
export async function subgraphSdlDrift<Context extends SubgraphContext>(
  definition: SubgraphDefinition<Context>,
  schemaFile: string,
): Promise<{ committed: string; printed: string }> {
  return {
    committed: readFileSync(schemaFile, "utf8"),
    printed: printSubgraphSdl(await definition.buildSchema()),
  };
}

/** The SQL a new migration would need after the committed ones ran; empty when they agree. */
export async function pendingSchemaChanges<Context extends SubgraphContext>(
  definition: SubgraphDefinition<Context>,
): Promise<string> {
  if (testDatabaseKind() !== "mysql") throw new Error("migrations are checked against MySQL only");
  const database = await prepareTestDatabase(definition, { seed: 1, shipments: 1 });
  const dataSource = createDataSource(subgraphDatabaseOptions(definition, database));
  await dataSource.initialize();
  try {
    return (await renderMigration(dataSource, "Pending"))?.source ?? "";
  } finally {
    await dataSource.destroy();
    await database.drop();
  }
}
