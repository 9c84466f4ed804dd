import { type SeedSize } from "@frontera/seed";
import { type RunningSubgraph, type SubgraphDefinition, startSubgraph, type SubgraphContext } from "@frontera/service";
import { type TestAuth } from "./test-auth";
import { prepareTestDatabase } from "./test-database";

/** One subgraph on port 0 over a fresh seeded database; stop() also drops the database. */
export async function startTestSubgraph<Context extends SubgraphContext>(
  definition: SubgraphDefinition<Context>,
  seedSize: SeedSize,
  auth: TestAuth,
  peers: Record<string, string> = {},
): Promise<RunningSubgraph> {
  const database = await prepareTestDatabase(definition, seedSize);
  try {
    const subgraph = await startSubgraph(definition, {
      port: 0,
      host: "127.0.0.1",
      databaseUrl: database.databaseUrl,
      dataDir: database.dataDir,
      seedOnEmpty: false,
      peers,
      auth: auth.auth,
      // Timers (hourly checkpoints, sweeps) stay off: tests run that work themselves.
      backgroundTasks: false,
    });
    return {
      ...subgraph,
      // Idempotent: a fault test stops a subgraph that the graph's teardown stops again.
      stop: (() => {
        let stopped: Promise<void> | null = null;
        return () => (stopped ??= subgraph.stop().then(() => database.drop()));
      })(),
    };
  } catch (error) {
    await database.drop();
    throw error;
  }
}
