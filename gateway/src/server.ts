import { readFileSync } from "node:fs";
import { ApolloGateway, type GraphQLDataSourceProcessOptions, RemoteGraphQLDataSource } from "@apollo/gateway";
import { InvalidTokenError, KeyStore, TokenVerifier } from "@frontera/auth";
import { type AuthEnv } from "@frontera/config";
import {
  AccessClient,
  type RunningService,
  bearerToken,
  serviceTokens,
  startGraphQLService,
  unauthenticated,
} from "@frontera/service";
import { type GatewayEnv } from "./env";
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
}

/** Sends the caller's verified token on to the subgraph, and nothing else the client sent. */
class AuthenticatedDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  override willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>) {
    if (context.token) request.http?.headers.set("authorization", `Bearer ${context.token}`);
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

  const gateway = new ApolloGateway({
    supergraphSdl: options.supergraphSdl,
    buildService: ({ name, url }) => {
      const target = options.subgraphUrls[name] ?? url;
      if (!target) throw new Error(`no URL configured for subgraph ${name}`);
      return new AuthenticatedDataSource({ url: target });
    },
  });
  const scoped = scopedGateway(gateway, () => scopeMap, {
    agreementsUrl,
    serviceToken: serviceTokens(keys, options.auth.issuer, "frontera-gateway", ["disclosures:record"]),
  });

  return startGraphQLService<GatewayContext>({
    apollo: { gateway: scoped as never },
    // Nothing runs for a caller that does not prove who it is (401 before any planning).
    context: async (request) => {
      const token = bearerToken(request.headers.authorization);
      if (!token) throw unauthenticated("send a bearer token");
      try {
        const claims = await verifier.verify(token);
        return { token, access: await access.accessOf(token, claims) };
      } catch (error) {
        if (error instanceof InvalidTokenError) throw unauthenticated(error.message);
        throw error;
      }
    },
    port: options.port,
    host: options.host,
    routes: (app) => {
      app.get("/.well-known/jwks.json", (_request, response) => {
        response.set("cache-control", "public, max-age=300").json(keys.publicJwks());
      });
    },
  });
}

export function gatewayOptionsFromEnv(env: GatewayEnv): GatewayOptions {
  return { ...env, supergraphSdl: readFileSync(env.supergraphFile, "utf8") };
}

export { SUPERGRAPH_FILE, composeSupergraph } from "./compose/compose-supergraph";
