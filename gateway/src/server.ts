import { readFileSync } from "node:fs";
import express from "express";
import { ApolloGateway } from "@apollo/gateway";
import { InvalidTokenError, KeyStore, TokenVerifier, subgraphSecret } from "@frontera/auth";
import { type AuthEnv } from "@frontera/config";
import {
  type OperationLimits,
  type RunningService,
  bearerToken,
  createLogger,
  operationLimits,
  serviceTokens,
  startGraphQLService,
  unauthenticated,
} from "@frontera/service";
import { AccessClient } from "@frontera/agreements-client";
import { ApolloServerPluginLandingPageDisabled } from "@apollo/server/plugin/disabled";
import { GraphQLError, printSchema } from "graphql";
import { SubgraphDataSource } from "./subgraph-data-source";
import { DisclosureLog } from "./disclosure-log";
import { ReferenceCache } from "./reference-cache";
import { shareInvalidations } from "./reference-cache-peers";
import { type GatewayEnv } from "./env";
import { introspectionByContract } from "./hostile-input";
import { ContractSchemas } from "./contract-schema";
import { concurrencyLimiter } from "./concurrency-limit";
import { type RateLimits, rateLimiter } from "./rate-limit";
import { createGatewayMetrics } from "./gateway-metrics";
import { IDE_CONTENT_SECURITY_POLICY, ideAssetsDir, idePage } from "./ide/ide-page";
import { keepOneOfInputs } from "./one-of-inputs";
import { ScopeMaps } from "./scope-maps";
import { RegisteredDocuments } from "@frontera/operations";
import { DOCUMENT_LOCAL, documentRequests } from "./trusted-documents/document-requests";
import { type TrustedDocumentsMode, trustedDocuments } from "./trusted-documents/trusted-documents";
import { type ReloadOutcome, reloadableSupergraph } from "./supergraph-reload";
import { type GatewayContext, scopedGateway } from "./scoped-gateway";
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

export const DEFAULT_LIMITS: OperationLimits = {
  maxDepth: 15,
  maxAliases: 30,
  // Priced with page sizes from variables (README, "Operation limits"): ShipmentDossier at its
  // largest page (first: 100) costs 37,403, so 5,000 would refuse it; 60,000 leaves it room while
  // three nested pages of shipments stop at about 22 rows each (22³ shipments).
  maxCost: 60_000,
  maxTokens: 2000,
  maxDirectives: 20,
};

export const DEFAULT_MAX_CONCURRENT_PER_TOKEN = 8;

export interface RunningGateway extends RunningService {
  /** Serves the supergraph file's current content, unless it is refused; in-flight requests finish. */
  reloadSupergraph(): Promise<ReloadOutcome>;
}

export async function startGateway(options: GatewayOptions): Promise<RunningGateway> {
  // Apollo's gateway otherwise reports usage to Apollo's cloud: no data of ours leaves the machine.
  process.env.APOLLO_TELEMETRY_DISABLED = "true";
  const keys = new KeyStore(options.auth.keysFile, options.auth.inlineKeys);
  // The embedded default gets its first signing key here; production brings its own.
  await keys.ensure();
  const verifier = new TokenVerifier(keys, options.auth.issuer, options.auth);
  // Every request to a subgraph is signed with it; the subgraphs refuse anything else.
  const upstreamSecret = subgraphSecret({ secret: options.auth.subgraphSecret, file: options.auth.subgraphSecretFile });
  const agreementsUrl = options.subgraphUrls.agreements;
  const access = new AccessClient(agreementsUrl, upstreamSecret);
  const scopeMaps = new ScopeMaps(options.supergraphSdl);
  const supergraph = reloadableSupergraph({
    initialSdl: options.supergraphSdl,
    file: options.supergraphFile,
    log: createLogger("gateway"),
  });
  const metrics = createGatewayMetrics();
  const documents = new RegisteredDocuments();

  const dataSources: SubgraphDataSource[] = [];
  const cacheSeconds = options.referenceCacheSeconds ?? 60;
  const referenceCache = cacheSeconds > 0 ? new ReferenceCache({ maxAgeSeconds: cacheSeconds }) : undefined;
  const peers =
    referenceCache && options.rateLimits?.redisUrl
      ? await shareInvalidations(referenceCache, options.rateLimits.redisUrl)
      : null;
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
      });
      dataSources.push(source);
      return source;
    },
  });
  keepOneOfInputs(gateway);
  scopeMaps.follow(gateway);
  const contracts = new ContractSchemas(scopeMaps);
  contracts.follow(gateway);
  const disclosureLog = new DisclosureLog(
    agreementsUrl,
    serviceTokens(keys, options.auth.issuer, "frontera-gateway", ["disclosures:record"]),
    upstreamSecret,
  );
  const scoped = scopedGateway(gateway, (schema) => scopeMaps.of(schema), disclosureLog);

  const limitRate = rateLimiter(options.rateLimits ?? { perToken: 1200, perAgency: 6000 });
  await limitRate.ready;
  const armor = operationLimits<GatewayContext>(options.limits ?? DEFAULT_LIMITS);
  const concurrency = concurrencyLimiter(options.maxConcurrentPerToken ?? DEFAULT_MAX_CONCURRENT_PER_TOKEN);

  const service = await startGraphQLService<GatewayContext>({
    apollo: {
      gateway: scoped as never,
      validationRules: armor.validationRules,
      plugins: [
        ...armor.plugins,
        introspectionByContract(contracts),
        trustedDocuments(options.trustedDocuments ?? "off", scopeMaps),
        ApolloServerPluginLandingPageDisabled(),
      ],
      allowBatchedHttpRequests: false,
      // Documents are named by id from the manifest only (documentRequests): Apollo keeps no APQ cache.
      persistedQueries: false,
    },
    beforeGraphQL: [documentRequests(documents)],
    bodyLimitBytes: options.maxBodyBytes ?? 1_000_000,
    // Nothing runs for a caller that does not prove who it is (401 before any planning).
    context: async (request, response) => {
      const token = bearerToken(request.headers.authorization);
      if (!token) {
        metrics.refusals.inc({ reason: "unauthenticated" });
        throw unauthenticated("send a bearer token");
      }
      try {
        const claims = await verifier.verify(token);
        response.locals.agency = claims.agency;
        response.locals.kind = claims.kind;
        await limitRate.consume(claims);
        // Freed when the response is over: sent, failed, or its client gone ("close" comes in each case).
        const release = concurrency.acquire(claims.jti);
        if (response.closed) release();
        else response.once("close", release);
        return {
          token,
          access: await access.accessOf(token, claims),
          requestId: response.locals.requestId as string,
          clientGone: clientGoneSignal(response),
          document: (response.locals[DOCUMENT_LOCAL] as GatewayContext["document"] | undefined) ?? null,
        };
      } catch (error) {
        const code = error instanceof GraphQLError ? error.extensions.code : undefined;
        if (error instanceof InvalidTokenError || code === "UNAUTHENTICATED")
          metrics.refusals.inc({ reason: "unauthenticated" });
        if (code === "RATE_LIMITED") metrics.refusals.inc({ reason: "rate_limited" });
        if (error instanceof InvalidTokenError) throw unauthenticated(error.message);
        throw error;
      }
    },
    port: options.port,
    host: options.host,
    name: "gateway",
    metrics,
    // Ready when the supergraph is loaded (it is, once started) and every subgraph is alive.
    readiness: async () =>
      Object.fromEntries(
        await Promise.all(
          Object.entries(options.subgraphUrls).map(async ([name, url]) => {
            try {
              const response = await fetch(url.replace(/\/graphql$/, "/health"), {
                signal: AbortSignal.timeout(2_000),
              });
              return [name, response.ok ? "ok" : `answered ${response.status}`];
            } catch {
              return [name, "unreachable"];
            }
          }),
        ),
      ),
    routes: (app) => {
      // GraphiQL, bundled at build time (packages/ide): nothing comes from the internet.
      if (options.queryPage ?? process.env.NODE_ENV !== "production") {
        const assets = ideAssetsDir();
        if (assets) app.use("/ide/assets", express.static(assets, { maxAge: "1h" }));
        app.get(["/", "/ide"], (_request, response) => {
          if (!assets) {
            response.status(503).type("text/plain").send("GraphiQL is not built: run pnpm build");
            return;
          }
          response.set("content-security-policy", IDE_CONTENT_SECURITY_POLICY);
          response.type("html").send(idePage("/graphql", "/ide/assets", documents));
        });
      }
      mountConsole(app, {
        options: options.console ?? {},
        endpoint: "/graphql",
        keys,
        issuer: options.auth.issuer,
        verifier,
        access,
        internalAgencies: options.auth.internalAgencies,
      });
      // The caller's contract as SDL: what its token can read (contract-schema.ts).
      app.get("/schema.graphql", async (request, response) => {
        try {
          const token = bearerToken(request.headers.authorization);
          if (!token) throw unauthenticated("send a bearer token");
          const claims = await verifier.verify(token);
          await limitRate.consume(claims);
          const { effectiveScopes } = await access.accessOf(token, claims);
          response.type("text/plain").set("cache-control", "private, no-store");
          response.send(printSchema(contracts.of(effectiveScopes)));
        } catch (error) {
          const code = error instanceof GraphQLError ? error.extensions.code : undefined;
          const refused = error instanceof InvalidTokenError || code === "UNAUTHENTICATED";
          const status = refused ? 401 : code === "RATE_LIMITED" ? 429 : 503;
          response
            .status(status)
            .type("text/plain")
            .send(refused ? "a valid bearer token is needed" : String(code ?? "unavailable"));
        }
      });
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
      await Promise.all([limitRate.close(), peers?.close(), ...dataSources.map((source) => source.close())]);
    },
  };
}

/** Aborts when the client's connection closes before the answer was written. */
function clientGoneSignal(response: {
  writableFinished: boolean;
  once(event: "close", listener: () => void): unknown;
}) {
  const gone = new AbortController();
  response.once("close", () => {
    if (!response.writableFinished) gone.abort();
  });
  return gone.signal;
}

export function gatewayOptionsFromEnv(env: GatewayEnv): GatewayOptions {
  return { ...env, supergraphSdl: readFileSync(env.supergraphFile, "utf8") };
}

export { SUPERGRAPH_FILE, composeSupergraph } from "./compose/compose-supergraph";
export { type TrustedDocumentsMode } from "./trusted-documents/trusted-documents";
