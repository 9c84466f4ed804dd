import { mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { type BaseContext } from "@apollo/server";
import { ApolloServerPluginInlineTraceDisabled } from "@apollo/server/plugin/disabled";
import { type DatabaseOptions, type SqlStatementCounter, createDataSource } from "@frontera/database";
import { DEFAULT_SEED_SIZE, type SeedSize } from "@frontera/seed";
import { type GraphQLSchema } from "graphql";
import { type DataSource } from "typeorm";
import { type RunningService, startGraphQLService } from "./start-graphql-service";

/** What makes one subgraph: its tables, its schema, its per-request context and its demo data. */
export interface SubgraphDefinition<Context extends BaseContext> {
  name: string;
  defaultPort: number;
  entities: DatabaseOptions["entities"];
  migrations: DatabaseOptions["migrations"];
  buildSchema(): Promise<GraphQLSchema>;
  /** Per request. `peers` are the other services' URLs, by subgraph name. */
  createContext(dataSource: DataSource, peers: Record<string, string>): Context;
  isEmpty(dataSource: DataSource): Promise<boolean>;
  /** Replaces the subgraph's data with the demo data of this size (same size, same data). */
  seed(dataSource: DataSource, size: SeedSize): Promise<void>;
}

export interface SubgraphOptions {
  port: number;
  host?: string;
  databaseUrl?: string;
  /** Directory of the embedded default database files. */
  dataDir: string;
  /** Fill an empty database with the demo data (the embedded default's first start). */
  seedOnEmpty: boolean;
  peers?: Record<string, string>;
}

export interface RunningSubgraph extends RunningService {
  dataSource: DataSource;
  /** Counts SQL statements; tests reset it around one request. */
  statements: SqlStatementCounter;
}

export function subgraphDatabaseOptions<Context extends BaseContext>(
  definition: SubgraphDefinition<Context>,
  options: Pick<SubgraphOptions, "databaseUrl" | "dataDir">,
): DatabaseOptions {
  return {
    url: options.databaseUrl,
    defaultDatabase: `frontera_${definition.name}`,
    sqliteFile: join(options.dataDir, `${definition.name}.sqlite`),
    entities: definition.entities,
    migrations: definition.migrations,
  };
}

export async function startSubgraph<Context extends BaseContext>(
  definition: SubgraphDefinition<Context>,
  options: SubgraphOptions,
): Promise<RunningSubgraph> {
  const databaseOptions = subgraphDatabaseOptions(definition, options);
  if (!options.databaseUrl) mkdirSync(dirname(databaseOptions.sqliteFile), { recursive: true });
  const { dataSource, statements } = createDataSource(databaseOptions);
  await dataSource.initialize();
  try {
    if (dataSource.options.type !== "better-sqlite3" && (await dataSource.showMigrations())) {
      throw new Error(`the ${definition.name} database has pending migrations: run \`pnpm migrate\` first`);
    }
    if (options.seedOnEmpty && (await definition.isEmpty(dataSource))) {
      await definition.seed(dataSource, DEFAULT_SEED_SIZE);
    }
    const service = await startGraphQLService<Context>({
      apollo: {
        schema: await definition.buildSchema(),
        // Apollo's inline traces are for its cloud reporting, which this graph never uses.
        plugins: [ApolloServerPluginInlineTraceDisabled()],
      },
      context: async () => definition.createContext(dataSource, options.peers ?? {}),
      port: options.port,
      host: options.host,
    });
    return {
      ...service,
      dataSource,
      statements,
      stop: async () => {
        await service.stop();
        await dataSource.destroy();
      },
    };
  } catch (error) {
    await dataSource.destroy();
    throw error;
  }
}
