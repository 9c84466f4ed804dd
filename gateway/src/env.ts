import { resolve } from "node:path";
import { authEnvFields, authEnvFrom, parseEnv, portNumber } from "@frontera/config";
import { z } from "zod";

const subgraphUrl = (port: number) => z.url().default(`http://localhost:${port}/graphql`);

export function parseGatewayEnv(source: Record<string, string | undefined> = process.env) {
  const env = parseEnv(
    z.object({
      GATEWAY_PORT: portNumber(4000),
      HOST: z.string().min(1).default("0.0.0.0"),
      SUPERGRAPH_FILE: z.string().default(resolve(__dirname, "..", "supergraph.graphql")),
      AGREEMENTS_URL: subgraphUrl(4001),
      CARGO_URL: subgraphUrl(4002),
      TRAVELLERS_URL: subgraphUrl(4003),
      FRONTERA_DATA_DIR: z.string().min(1).default(".data"),
      ...authEnvFields,
    }),
    source,
  );
  return {
    port: env.GATEWAY_PORT,
    host: env.HOST,
    supergraphFile: env.SUPERGRAPH_FILE,
    subgraphUrls: { agreements: env.AGREEMENTS_URL, cargo: env.CARGO_URL, travellers: env.TRAVELLERS_URL },
    auth: authEnvFrom(env, env.FRONTERA_DATA_DIR),
  };
}

export type GatewayEnv = ReturnType<typeof parseGatewayEnv>;
