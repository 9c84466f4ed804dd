import { type TestSeedSize } from "./test-seed";
import { type RunningSubgraph, type SubgraphDefinition, startSubgraph, type SubgraphContext } from "@frontera/subgraph";
import { SqlStatementCounter, markOwnRequests, workingOnItsOwn } from "./sql-statement-counter";
import { type TestAuth } from "./test-auth";
import { type TestDatabase, prepareTestDatabase } from "./test-database";

export interface TestSubgraph extends RunningSubgraph {
  /** Counts the SQL statements of client requests; tests reset it around one request. */
  statements: SqlStatementCounter;
  /**
   * Stops the service but keeps its database, runs `whileDown`, then starts it again on the same
   * port over the same database: an outage and a restart, as an orchestrator would do them.
   */
  restart(whileDown: () => Promise<void>): Promise<TestSubgraph>;
}

/** One subgraph on port 0 over a fresh seeded database; stop() also drops the database. */
export async function startTestSubgraph<Context extends SubgraphContext>(
  definition: SubgraphDefinition<Context>,
  seedSize: TestSeedSize,
  auth: TestAuth,
  peers: Record<string, string> = {},
): Promise<TestSubgraph> {
  const database = await prepareTestDatabase(definition, seedSize);
  return serve(definition, database, auth, peers, 0);
}

async function serve<Context extends SubgraphContext>(
  definition: SubgraphDefinition<Context>,
  database: TestDatabase,
  auth: TestAuth,
  peers: Record<string, string>,
  port: number,
): Promise<TestSubgraph> {
  let subgraph: RunningSubgraph;
  try {
    subgraph = await startSubgraph(withOwnWorkers(definition), {
      port,
      host: "127.0.0.1",
      databaseUrl: database.databaseUrl,
      dataDir: database.dataDir,
      seedOnEmpty: false,
      peers,
      auth: auth.auth,
      // Timers (hourly checkpoints, sweeps) stay off: tests run that work themselves.
      backgroundTasks: false,
      beforeGraphQL: [markOwnRequests],
    });
  } catch (error) {
    await database.drop();
    throw error;
  }
  // Idempotent: a fault test stops a subgraph that the graph's teardown stops again.
  let stopped: Promise<void> | null = null;
  return {
    ...subgraph,
    statements: SqlStatementCounter.on(subgraph.dataSource),
    stop: () => (stopped ??= subgraph.stop().then(() => database.drop())),
    restart: async (whileDown) => {
      stopped ??= subgraph.stop();
      await stopped;
      await whileDown();
      return serve(definition, database, auth, peers, subgraph.port);
    },
  };
}

/** The definition with its workers' statements counted as the subgraph's own work. */
function withOwnWorkers<Context extends SubgraphContext>(
  definition: SubgraphDefinition<Context>,
): SubgraphDefinition<Context> {
  if (!definition.workers) return definition;
  const workers = Object.entries(definition.workers).map(([name, start]) => [name, workingOnItsOwn(start)]);
  return { ...definition, workers: Object.fromEntries(workers) };
}
