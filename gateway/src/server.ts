import { readFileSync } from "node:fs";
import { ApolloGateway } from "@apollo/gateway";
import { ApolloServerPluginLandingPageDisabled } from "@apollo/server/plugin/disabled";
import { KeyStore, TokenVerifier, subgraphSecret } from "@frontera/auth";
import { AccessClient } from "@frontera/agreements-client";
import { type AuthEnv } from "@frontera/config";
import { RegisteredDocuments } from "@frontera/operations";
import {
  type OperationLimits,
  type RunningService,
  createLogger,
  operationLimits,
  serviceTokens,
  startGraphQLService,
} from "@frontera/service";
import { type GatewayContext, gatewayContext } from "./auth/gateway-context";
import { ReferenceCache } from "./cache/reference-cache";
import { shareInvalidations } from "./cache/reference-cache-peers";
import { contractRoute } from "./contracts/contract-route";
import { ContractSchemas } from "./contracts/contract-schema";
import { introspectionByContract } from "./contracts/introspection-by-contract";
import { DisclosureLog } from "./disclosure/disclosure-log";
import { type GatewayEnv } from "./env";
import { serveIde } from "./ide/ide-routes";
import { concurrencyLimiter } from "./limits/concurrency-limit";
import { DEFAULT_LIMITS, DEFAULT_MAX_CONCURRENT_PER_TOKEN, DEFAULT_RATE_LIMITS } from "./limits/default-limits";
import { type RateLimits, rateLimiter } from "./limits/rate-limit";
import { scopedGateway } from "./scoped-gateway";
import { ServedScopes } from "./scopes/served-scopes";
import { keepOneOfInputs } from "./supergraph/one-of-inputs";
import { type ReloadOutcome, reloadableSupergraph } from "./supergraph/supergraph-reload";
import { createGatewayMetrics } from "./telemetry/gateway-metrics";
import { redisErrorReporter } from "./redis/redis-errors";
import { SubgraphDataSource } from "./transport/subgraph-data-source";
import { subgraphReadiness } from "./transport/subgraph-readiness";
import { documentRequests } from "./trusted-documents/document-requests";
import { type TrustedDocumentsMode, trustedDocuments } from "./trusted-documents/trusted-documents";
import { type ConsoleOptions, mountConsole } from "./console/console-routes";

export interface GatewayOptions {
  port: number;
  host?: string;
  /** The supergraph composed ahead of time (`pnpm compose`); the gateway never introspects. */
  supergraphSdl: string;
  /** Where `reloadSupergraph()` (SIGHUP, in the gateway process) reads a new supergraph from. */
  supergraphFile?: string;
  /** Where each subgraph of the supergraph answers, by subgraph name. */
  subgraphUrls: Record<string, string>;
  auth: AuthEnv;
  limits?: OperationLimits;
  maxBodyBytes?: number;
  rateLimits?: RateLimits;
  /** Requests of one token in flight at once (default 8); one more gets 429. */
  maxConcurrentPerToken?: number;
  /** How long a subgraph may take to answer one fetch. */
  subgraphTimeoutMs?: number;
  /** How long a disclosure write under load waits for more answers to join it (DisclosureLog). */
  disclosureGatherMs?: number;
  /**
   * Keep reference answers (ports, programs, agreements, agencies) at the gateway for as long as
   * the subgraph's Cache-Control allows, at most this many seconds; 0 turns the cache off.
   */
  referenceCacheSeconds?: number;
  /** Serve the offline query page at / (default: unless NODE_ENV=production). */
  queryPage?: boolean;
  /**
   * Who may send only registered documents (packages/operations/manifest.json): nobody ("off",
   * the default), partner tokens ("partners", production's choice), or everyone ("all").
   */
  trustedDocuments?: TrustedDocumentsMode;
  /** The officer console at /console/ (gateway/src/console). */
  console?: ConsoleOptions;
}

export interface RunningGateway extends RunningService {
  /** Serves the supergraph file's current content, unless it is refused; in-flight requests finish. */
  reloadSupergraph(): Promise<ReloadOutcome>;
}

export async function startGateway(options: GatewayOptions): Promise<RunningGateway> {
  // Apollo's gateway otherwise reports usage to Apollo's cloud: no data of ours leaves the machine.
  process.env.APOLLO_TELEMETRY_DISABLED = "true";
  const log = createLogger("gateway");
  const keys = new KeyStore(options.auth.keysFile, options.auth.inlineKeys);
  // The embedded default gets its first signing key here; production brings its own.
  await keys.ensure();
  const verifier = new TokenVerifier(keys, options.auth.issuer, options.auth);
  // Every request to a subgraph is signed with it; the subgraphs refuse anything else.
  const upstreamSecret = subgraphSecret({ secret: options.auth.subgraphSecret, file: options.auth.subgraphSecretFile });
  const agreementsUrl = options.subgraphUrls.agreements;
  const access = new AccessClient(agreementsUrl, upstreamSecret);
  const servedScopes = new ServedScopes(options.supergraphSdl);
  const supergraph = reloadableSupergraph({ initialSdl: options.supergraphSdl, file: options.supergraphFile, log });
  const metrics = createGatewayMetrics();
  const reportRedisError = redisErrorReporter(metrics.redisErrors, log);
  const documents = new RegisteredDocuments();

  const dataSources: SubgraphDataSource[] = [];
  const cacheSeconds = options.referenceCacheSeconds ?? 60;
  const referenceCache = cacheSeconds > 0 ? new ReferenceCache({ maxAgeSeconds: cacheSeconds }) : undefined;
  const redisUrl = options.rateLimits?.redisUrl;
  const peers =
    referenceCache && redisUrl ? await shareInvalidations(referenceCache, redisUrl, reportRedisError) : null;
  const gateway = new ApolloGateway({
    supergraphSdl: supergraph.manager,
    buildService: ({ name, url }) => {
      const target = options.subgraphUrls[name] ?? url;
      if (!target) throw new Error(`no URL configured for subgraph ${name}`);
      const source = new SubgraphDataSource({
        serviceName: name,
        url: target,
        timeoutMs: options.subgraphTimeoutMs ?? 5_000,
        metrics,
        cache: referenceCache,
        upstreamSecret,
        log,
      });
      dataSources.push(source);
      return source;
    },
  });
  keepOneOfInputs(gateway);
  servedScopes.follow(gateway);
  const contracts = new ContractSchemas(servedScopes);
  contracts.follow(gateway);
  const disclosureLog = new DisclosureLog(
    agreementsUrl,
    serviceTokens(keys, options.auth.issuer, "frontera-gateway", ["disclosures:record"]),
    upstreamSecret,
    options.disclosureGatherMs,
  );
  const scoped = scopedGateway(gateway, (schema) => servedScopes.of(schema), disclosureLog, log);

  const rateLimit = rateLimiter(options.rateLimits ?? DEFAULT_RATE_LIMITS, reportRedisError);
  await rateLimit.ready;
  const armor = operationLimits<GatewayContext>(options.limits ?? DEFAULT_LIMITS);
  const concurrency = concurrencyLimiter(options.maxConcurrentPerToken ?? DEFAULT_MAX_CONCURRENT_PER_TOKEN);

  const service = await startGraphQLService<GatewayContext>({
    apollo: {
      gateway: scoped as never,
      validationRules: armor.validationRules,
      plugins: [
        ...armor.plugins,
        introspectionByContract(contracts),
        trustedDocuments(options.trustedDocuments ?? "off", servedScopes),
        ApolloServerPluginLandingPageDisabled(),
      ],
      allowBatchedHttpRequests: false,
      // Documents are named by id from the manifest only (documentRequests): Apollo keeps no APQ cache.
      persistedQueries: false,
    },
    beforeGraphQL: [documentRequests(documents)],
    bodyLimitBytes: options.maxBodyBytes ?? 1_000_000,
    context: gatewayContext({ verifier, rateLimit, concurrency, access, metrics }),
    port: options.port,
    host: options.host,
    name: "gateway",
    metrics,
    // Ready when the supergraph is loaded (it is, once started) and every subgraph is alive.
    readiness: () => subgraphReadiness(options.subgraphUrls),
    routes: (app) => {
      if (options.queryPage ?? process.env.NODE_ENV !== "production") serveIde(app, documents);
      mountConsole(app, {
        options: options.console ?? {},
        endpoint: "/graphql",
        keys,
        issuer: options.auth.issuer,
        verifier,
        access,
        internalAgencies: options.auth.internalAgencies,
      });
      app.get("/schema.graphql", contractRoute({ verifier, rateLimit, access, contracts }));
      app.get("/.well-known/jwks.json", (_request, response) => {
        response.set("cache-control", "public, max-age=300").json(keys.publicJwks());
      });
    },
  });
  return {
    ...service,
    reloadSupergraph: supergraph.reload,
    stop: async () => {
      await service.stop();
      await Promise.all([
        rateLimit.close(),
        peers?.close(),
        disclosureLog.close(),
        ...dataSources.map((source) => source.close()),
      ]);
    },
  };
}

export function gatewayOptionsFromEnv(env: GatewayEnv): GatewayOptions {
  return { ...env, supergraphSdl: readFileSync(env.supergraphFile, "utf8") };
}

export { SUPERGRAPH_FILE, composeSupergraph } from "./compose/compose-supergraph";
export { DEFAULT_LIMITS, DEFAULT_MAX_CONCURRENT_PER_TOKEN } from "./limits/default-limits";
export { type TrustedDocumentsMode } from "./trusted-documents/trusted-documents";
