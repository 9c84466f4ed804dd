import { readFileSync } from "node:fs";
import { ApolloGateway, RemoteGraphQLDataSource } from "@apollo/gateway";
import { type RunningService, startGraphQLService } from "@frontera/service";
import { type GatewayEnv } from "./env";

export interface GatewayOptions {
  port: number;
  host?: string;
  /** The supergraph composed ahead of time (`pnpm compose`); the gateway never introspects. */
  supergraphSdl: string;
  /** Where each subgraph of the supergraph answers, by subgraph name. */
  subgraphUrls: Record<string, string>;
}

export async function startGateway(options: GatewayOptions): Promise<RunningService> {
  // Apollo's gateway otherwise reports usage to Apollo's cloud: no data of ours leaves the machine.
  process.env.APOLLO_TELEMETRY_DISABLED = "true";
  const gateway = new ApolloGateway({
    supergraphSdl: options.supergraphSdl,
    buildService: ({ name, url }) => {
      const target = options.subgraphUrls[name] ?? url;
      if (!target) throw new Error(`no URL configured for subgraph ${name}`);
      return new RemoteGraphQLDataSource({ url: target });
    },
  });
  return startGraphQLService({
    apollo: { gateway },
    context: async () => ({}),
    port: options.port,
    host: options.host,
  });
}

export function gatewayOptionsFromEnv(env: GatewayEnv): GatewayOptions {
  return { ...env, supergraphSdl: readFileSync(env.supergraphFile, "utf8") };
}

export { SUPERGRAPH_FILE, composeSupergraph } from "./compose/compose-supergraph";
