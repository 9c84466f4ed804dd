import { mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { type BaseContext } from "@apollo/server";
import { ApolloServerPluginInlineTraceDisabled } from "@apollo/server/plugin/disabled";
import { type Access, type Claims, InvalidTokenError, KeyStore, TokenVerifier, subgraphSecret } from "@frontera/auth";
import { AccessClient } from "@frontera/agreements-client";
import { type AuthEnv, DEFAULT_SUBGRAPH_URLS, type SubgraphEnv } from "@frontera/config";
import { type DatabaseOptions, createDataSource } from "@frontera/database";
import { type AccessContext, type AccessRules, enforceAccess } from "@frontera/federation";
import { tracingEnabled } from "@frontera/telemetry";
import { type SeedSize, defaultSeedSize } from "@frontera/seed";
import { type Express, type Request, type RequestHandler, type Response } from "express";
import { type GraphQLSchema } from "graphql";
import { type Registry } from "prom-client";
import { type DataSource } from "typeorm";
import {
  type Logger,
  type OperationLimits,
  type RunningService,
  SUBGRAPH_LIMITS,
  bearerToken,
  createMetrics,
  operationLimits,
  serviceTokens,
  startGraphQLService,
  unauthenticated,
} from "@frontera/service";
import { registerDatabaseMetrics } from "./database-metrics";
import { traceSqliteStatements } from "./sqlite-statement-spans";
import { CallerConnection, stopWhenCallerGone } from "./stop-when-caller-gone";

/** Every subgraph's context holds what the caller may see, the one policy that decides it, and (once serving) whether the caller is still there. */
export type SubgraphContext = BaseContext & AccessContext & { access: Access; caller?: CallerConnection };

/** What a subgraph's per-request context is built from. */
export interface SubgraphRuntime {
  dataSource: DataSource;
  /** The other services' URLs, by subgraph name. */
  peers: Record<string, string>;
  /** A short-lived token of this service, to call another one (it holds `reference:read`). */
  serviceToken: () => Promise<string>;
  /**
   * Short-lived tokens of this service holding other scopes, for one task (the crossing relay's
   * `crossings:record`): each task's token carries only what that task needs.
   */
  serviceTokenWith(scopes: string[]): () => Promise<string>;
  /** Tells one of this process's workers that a commit gave it work (see SubgraphWorker). */
  wake(worker: string): void;
  /** What this service signs its requests to another subgraph with (see upstream-signature). */
  upstreamSecret: string;
}

/**
 * Work a subgraph's process does besides answering requests (cargo's crossing relay, agreements'
 * disclosure chain): started once the subgraph serves, stopped before its database closes.
 */
export interface SubgraphWorker {
  /** A commit gave it work: start now rather than at its next tick. */
  wake(): void;
  /** Stops it and waits for the work under way. */
  stop(): Promise<void>;
}

/**
 * Who sent a request, checked exactly as for /graphql: its bearer token verified, then what its
 * caller may see resolved (revoked tokens and unknown agencies refused). Throws UNAUTHENTICATED
 * (a GraphQLError carrying `extensions.code`) when the caller cannot be trusted.
 */
export type Authenticate = (request: Request, response: Response) => Promise<Access>;

/**
 * The first half of Authenticate: the bearer token verified (signature, issuer, expiry), its
 * agency and kind noted for the request log, and nothing read from any table yet. A route that
 * uses it instead of Authenticate must check the caller's standing itself before it acts
 * (agreements' POST /disclosures does it in its transaction's first round trip).
 */
export type VerifyCaller = (request: Request, response: Response) => Promise<Claims>;

/** What a subgraph's own HTTP routes are given besides its runtime. */
export interface SubgraphRouteTools {
  authenticate: Authenticate;
  verifyCaller: VerifyCaller;
  logger: Logger;
  /** The subgraph's metrics registry (what /metrics shows): a route's counters go here. */
  registry: Registry;
}

/** What makes one subgraph: its tables, its schema, its per-request context and its demo data. */
export interface SubgraphDefinition<Context extends SubgraphContext> {
  name: string;
  defaultPort: number;
  entities: DatabaseOptions["entities"];
  migrations: DatabaseOptions["migrations"];
  buildSchema(): Promise<GraphQLSchema>;
  /** Where the rows of each entity type live (docs/security-model.md); types without a rule are closed to partners. */
  accessRules: AccessRules;
  /** Per request, once the caller is known. */
  createContext(runtime: SubgraphRuntime, access: Access): Context;
  /**
   * What a verified caller may see. By default the agreements subgraph is asked; the agreements
   * subgraph answers from its own tables.
   */
  resolveAccess?(runtime: SubgraphRuntime, claims: Claims): Promise<Access>;
  /**
   * Routes of this subgraph besides /graphql (agreements' `POST /disclosures`), mounted before
   * it. Nothing guards them: each checks its own caller (`tools.authenticate`) and its request's
   * signature (see @frontera/service, raw-body-signature).
   */
  routes?(app: Express, runtime: SubgraphRuntime, tools: SubgraphRouteTools): void;
  isEmpty(dataSource: DataSource): Promise<boolean>;
  /** Replaces the subgraph's data with the demo data of this size (same size, same data). */
  seed(dataSource: DataSource, size: SeedSize): Promise<void>;
  /** The workers of this subgraph's process, by name (what `runtime.wake` takes). */
  workers?: Record<string, (runtime: SubgraphRuntime, options: SubgraphOptions) => SubgraphWorker>;
  /** Commands of this subgraph's process besides the common ones; each returns what to print. */
  commands?: Record<string, (argv: string[], env: SubgraphEnv) => Promise<string>>;
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
  auth: AuthEnv;
  limits?: Partial<OperationLimits>;
  /** Days a disclosure is kept (agreements' pruning); 1825 when absent. */
  disclosureRetentionDays?: number;
  /**
   * The workers' periodic tasks (the disclosure chain's sweep, hourly checkpoint and pruning); on
   * unless set false (tests run that work themselves). Waking a worker works either way.
   */
  backgroundTasks?: boolean;
  /** Run on /graphql after the body is parsed, before Apollo (see GraphQLServiceOptions). */
  beforeGraphQL?: RequestHandler[];
}

export interface RunningSubgraph extends RunningService {
  dataSource: DataSource;
  /** The running workers, by name. */
  workers: Record<string, SubgraphWorker>;
}

export function subgraphDatabaseOptions(
  definition: Pick<SubgraphDefinition<SubgraphContext>, "name" | "entities" | "migrations">,
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

export async function startSubgraph<Context extends SubgraphContext>(
  definition: SubgraphDefinition<Context>,
  options: SubgraphOptions,
): Promise<RunningSubgraph> {
  const databaseOptions = subgraphDatabaseOptions(definition, options);
  if (!options.databaseUrl) mkdirSync(dirname(databaseOptions.sqliteFile), { recursive: true });
  const dataSource = createDataSource(databaseOptions);
  await dataSource.initialize();
  try {
    if (dataSource.options.type !== "better-sqlite3" && (await dataSource.showMigrations())) {
      throw new Error(`the ${definition.name} database has pending migrations: run \`pnpm migrate\` first`);
    }
    if (options.seedOnEmpty && (await definition.isEmpty(dataSource))) {
      await definition.seed(dataSource, defaultSeedSize());
    }
    const keys = new KeyStore(options.auth.keysFile, options.auth.inlineKeys);
    const verifier = new TokenVerifier(keys, options.auth.issuer, options.auth);
    const peers = options.peers ?? {};
    const upstreamSecret = subgraphSecret({
      secret: options.auth.subgraphSecret,
      file: options.auth.subgraphSecretFile,
    });
    const workers: Record<string, SubgraphWorker> = {};
    const tokensWith = (scopes: string[]) =>
      serviceTokens(keys, options.auth.issuer, `frontera-${definition.name}`, scopes);
    const runtime: SubgraphRuntime = {
      dataSource,
      peers,
      serviceToken: tokensWith(["reference:read"]),
      serviceTokenWith: tokensWith,
      upstreamSecret,
      wake: (worker) => workers[worker]?.wake(),
    };
    const accessClient = new AccessClient(peers.agreements ?? DEFAULT_SUBGRAPH_URLS.agreements, upstreamSecret);
    const metrics = createMetrics(definition.name);
    registerDatabaseMetrics(metrics.registry, dataSource);
    if (tracingEnabled() && dataSource.options.type === "better-sqlite3") traceSqliteStatements(dataSource);
    const schema = stopWhenCallerGone(
      enforceAccess<Context>(await definition.buildSchema(), definition.accessRules),
      (context) => (context as Context).caller,
    );

    // The one check of a caller, for /graphql's context and for the subgraph's own routes alike.
    const verifyCaller: VerifyCaller = async (request, response) => {
      const token = bearerToken(request.headers.authorization);
      if (!token) throw unauthenticated("send a bearer token");
      let claims: Claims;
      try {
        claims = await verifier.verify(token);
      } catch (error) {
        throw unauthenticated(error instanceof InvalidTokenError ? error.message : "invalid token");
      }
      response.locals.agency = claims.agency;
      response.locals.kind = claims.kind;
      return claims;
    };
    const authenticate: Authenticate = async (request, response) => {
      const claims = await verifyCaller(request, response);
      const token = bearerToken(request.headers.authorization)!;
      return definition.resolveAccess
        ? definition.resolveAccess(runtime, claims)
        : accessClient.accessOf(token, claims);
    };

    const limits = operationLimits<Context>({ ...SUBGRAPH_LIMITS, ...options.limits });
    const service = await startGraphQLService<Context>({
      apollo: {
        schema,
        // Apollo's inline traces are for its cloud reporting, which this graph never uses.
        plugins: [ApolloServerPluginInlineTraceDisabled(), ...limits.plugins],
        validationRules: limits.validationRules,
        // The gateway loads a supergraph composed ahead of time: nobody needs to explore a
        // subgraph, and a mistyped field gets no "Did you mean" hint of what is there.
        introspection: false,
        hideSchemaDetailsFromClientErrors: true,
      },
      // Only what a Frontera gateway or service signed gets this far (401 before parsing).
      upstreamSecret,
      beforeGraphQL: options.beforeGraphQL,
      // Every request, `_service` and `_entities` included, also proves who its caller is.
      context: async (request, response) => {
        const caller = new CallerConnection(response, dataSource.options.type === "better-sqlite3");
        const access = await authenticate(request, response);
        return Object.assign(definition.createContext(runtime, access), { caller });
      },
      routes: definition.routes
        ? (app, { logger }) =>
            definition.routes!(app, runtime, { authenticate, verifyCaller, logger, registry: metrics.registry })
        : undefined,
      port: options.port,
      host: options.host,
      name: definition.name,
      metrics,
      acceptIncomingRequestId: true,
      readiness: async () => {
        try {
          await dataSource.query("SELECT 1");
          return { database: "ok" };
        } catch {
          return { database: "unreachable" };
        }
      },
    });
    for (const [name, start] of Object.entries(definition.workers ?? {})) workers[name] = start(runtime, options);
    return {
      ...service,
      dataSource,
      workers,
      stop: async () => {
        await Promise.all(Object.values(workers).map((worker) => worker.stop()));
        await service.stop();
        if (dataSource.isInitialized) await dataSource.destroy();
      },
    };
  } catch (error) {
    await dataSource.destroy();
    throw error;
  }
}
