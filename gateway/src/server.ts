import { readFileSync } from "node:fs";
import { ApolloGateway, type GraphQLDataSourceProcessOptions, RemoteGraphQLDataSource } from "@apollo/gateway";
import { InvalidTokenError, KeyStore, TokenVerifier } from "@frontera/auth";
import { type AuthEnv } from "@frontera/config";
import {
  AccessClient,
  type RunningService,
  REQUEST_ID_HEADER,
  bearerToken,
  serviceTokens,
  startGraphQLService,
  unauthenticated,
} from "@frontera/service";
import { ApolloServerPluginLandingPageDisabled } from "@apollo/server/plugin/disabled";
import { GraphQLError } from "graphql";
import { type GatewayEnv } from "./env";
import { type OperationLimits, noIntrospectionForPartners, operationLimits } from "./hostile-input";
import { type RateLimits, rateLimiter } from "./rate-limit";
import { type GatewayMetrics, createGatewayMetrics } from "./gateway-metrics";
import { queryPage } from "./ide/query-page";
import { ScopeMap } from "./scope-map";
import { type GatewayContext, scopedGateway } from "./scoped-gateway";

export interface GatewayOptions {
  port: number;
  host?: string;
  /** The supergraph composed ahead of time (`pnpm compose`); the gateway never introspects. */
  supergraphSdl: string;
  /** Where each subgraph of the supergraph answers, by subgraph name. */
  subgraphUrls: Record<string, string>;
  auth: AuthEnv;
  limits?: OperationLimits;
  maxBodyBytes?: number;
  rateLimits?: RateLimits;
  /** How long a subgraph may take to answer one fetch. */
  subgraphTimeoutMs?: number;
  /** Serve the offline query page at / (default: unless NODE_ENV=production). */
  queryPage?: boolean;
}

export const DEFAULT_LIMITS: OperationLimits = {
  maxDepth: 15,
  maxAliases: 30,
  maxCost: 5000,
  maxTokens: 2000,
  maxDirectives: 20,
};

/**
 * Sends the caller's verified token on to the subgraph, and nothing else the client sent; when
 * the subgraph cannot be reached, says which one (its fields become null, the rest still answers).
 */
class AuthenticatedDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  constructor(
    private readonly serviceName: string,
    url: string,
    timeoutMs: number,
    private readonly metrics: GatewayMetrics,
  ) {
    // Node's fetch pools keep-alive connections per origin; the timeout bounds a hung subgraph
    // to one error instead of a pile of waiting sockets.
    super({
      url,
      fetcher: ((input: string, init: RequestInit) =>
        fetch(input, { ...init, signal: AbortSignal.timeout(timeoutMs) })) as never,
    });
  }

  override async process(options: GraphQLDataSourceProcessOptions<GatewayContext>) {
    const timer = this.metrics.subgraphFetch.startTimer({ subgraph: this.serviceName });
    try {
      const response = await super.process(options);
      timer({ outcome: response.errors?.length ? "errors" : "ok" });
      return response;
    } catch (error) {
      timer({ outcome: "failed" });
      if (error instanceof GraphQLError && error.extensions.code && error.extensions.code !== "INTERNAL_SERVER_ERROR")
        throw error;
      throw new GraphQLError(`the ${this.serviceName} service is unavailable; the fields it serves are null`, {
        extensions: { code: "SERVICE_UNAVAILABLE", serviceName: this.serviceName },
      });
    }
  }

  override willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>) {
    if (context.token) request.http?.headers.set("authorization", `Bearer ${context.token}`);
    if (context.requestId) request.http?.headers.set(REQUEST_ID_HEADER, context.requestId);
  }
}

export async function startGateway(options: GatewayOptions): Promise<RunningService> {
  // Apollo's gateway otherwise reports usage to Apollo's cloud: no data of ours leaves the machine.
  process.env.APOLLO_TELEMETRY_DISABLED = "true";
  const keys = new KeyStore(options.auth.keysFile, options.auth.inlineKeys);
  // The embedded default gets its first signing key here; production brings its own.
  await keys.ensure();
  const verifier = new TokenVerifier(keys, options.auth.issuer, options.auth.trustedIssuers);
  const agreementsUrl = options.subgraphUrls.agreements;
  const access = new AccessClient(agreementsUrl);
  const scopeMap = new ScopeMap(options.supergraphSdl);
  const metrics = createGatewayMetrics();

  const gateway = new ApolloGateway({
    supergraphSdl: options.supergraphSdl,
    buildService: ({ name, url }) => {
      const target = options.subgraphUrls[name] ?? url;
      if (!target) throw new Error(`no URL configured for subgraph ${name}`);
      return new AuthenticatedDataSource(name, target, options.subgraphTimeoutMs ?? 5_000, metrics);
    },
  });
  const scoped = scopedGateway(gateway, () => scopeMap, {
    agreementsUrl,
    serviceToken: serviceTokens(keys, options.auth.issuer, "frontera-gateway", ["disclosures:record"]),
  });

  const limitRate = rateLimiter(options.rateLimits ?? { perToken: 1200, perAgency: 6000 });
  await limitRate.ready;
  const armor = operationLimits(options.limits ?? DEFAULT_LIMITS);

  const service = await startGraphQLService<GatewayContext>({
    apollo: {
      gateway: scoped as never,
      validationRules: armor.validationRules,
      plugins: [...armor.plugins, noIntrospectionForPartners, ApolloServerPluginLandingPageDisabled()],
      allowBatchedHttpRequests: false,
    },
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
        return { token, access: await access.accessOf(token, claims), requestId: response.locals.requestId as string };
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
      // The offline query page, in development only; Apollo's own landing page needs a CDN.
      if (options.queryPage ?? process.env.NODE_ENV !== "production") {
        app.get(["/", "/ide"], (_request, response) => {
          response.set(
            "content-security-policy",
            "default-src 'self'; script-src 'unsafe-inline'; style-src 'unsafe-inline'",
          );
          response.type("html").send(queryPage("/graphql"));
        });
      }
      app.get("/.well-known/jwks.json", (_request, response) => {
        response.set("cache-control", "public, max-age=300").json(keys.publicJwks());
      });
    },
  });
  return {
    ...service,
    stop: async () => {
      await service.stop();
      await limitRate.close();
    },
  };
}

export function gatewayOptionsFromEnv(env: GatewayEnv): GatewayOptions {
  return { ...env, supergraphSdl: readFileSync(env.supergraphFile, "utf8") };
}

export { SUPERGRAPH_FILE, composeSupergraph } from "./compose/compose-supergraph";
export {
  PORT_DASHBOARD,
  SHIPMENT_DOSSIER,
  SHIPMENT_DOSSIER_AFTER,
  TRAVELLER_PROFILE,
} from "./ide/canonical-operations";
