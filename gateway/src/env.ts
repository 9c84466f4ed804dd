import { resolve } from "node:path";
import {
  DEFAULT_PORTS,
  DEFAULT_SUBGRAPH_URLS,
  authEnvFields,
  authEnvFrom,
  parseEnv,
  portNumber,
} from "@frontera/config";
import { z } from "zod";
import { TRUSTED_DOCUMENTS_MODES } from "./trusted-documents/trusted-documents";
import { consoleEnvFields, consoleOidcFrom } from "./console/console-env";
import { DEFAULT_DISCLOSURE_GATHER_MS } from "./disclosure/disclosure-log";

export function parseGatewayEnv(source: Record<string, string | undefined> = process.env) {
  const env = parseEnv(
    z.object({
      GATEWAY_PORT: portNumber(DEFAULT_PORTS.gateway),
      HOST: z.string().min(1).default("0.0.0.0"),
      SUPERGRAPH_FILE: z.string().default(resolve(__dirname, "..", "supergraph.graphql")),
      AGREEMENTS_URL: z.url().default(DEFAULT_SUBGRAPH_URLS.agreements),
      CARGO_URL: z.url().default(DEFAULT_SUBGRAPH_URLS.cargo),
      TRAVELLERS_URL: z.url().default(DEFAULT_SUBGRAPH_URLS.travellers),
      FRONTERA_DATA_DIR: z.string().min(1).default(".data"),
      MAX_DEPTH: z.coerce.number().int().min(1).default(15),
      MAX_ALIASES: z.coerce.number().int().min(0).default(30),
      MAX_COST: z.coerce.number().int().min(1).default(60_000),
      MAX_TOKENS: z.coerce.number().int().min(10).default(2000),
      MAX_DIRECTIVES: z.coerce.number().int().min(0).default(20),
      MAX_BODY_BYTES: z.coerce.number().int().min(1024).default(1_000_000),
      RATE_LIMIT_PER_TOKEN: z.coerce.number().int().min(1).default(1200),
      RATE_LIMIT_PER_AGENCY: z.coerce.number().int().min(1).default(6000),
      MAX_CONCURRENT_PER_TOKEN: z.coerce.number().int().min(1).default(8),
      SUBGRAPH_TIMEOUT_MS: z.coerce.number().int().min(100).default(5000),
      // 0 to 50 ms: longer would hold every partner answer for little more gathered
      DISCLOSURE_GATHER_MS: z.coerce.number().int().min(0).max(50).default(DEFAULT_DISCLOSURE_GATHER_MS),
      REDIS_URL: z.url().optional(),
      REFERENCE_CACHE_SECONDS: z.coerce.number().int().min(0).max(3600).default(60),
      // off for the embedded start; production runs `partners` (README, "Trusted documents")
      TRUSTED_DOCUMENTS: z.enum(TRUSTED_DOCUMENTS_MODES).default("off"),
      ...authEnvFields,
      ...consoleEnvFields,
    }),
    source,
  );
  const auth = authEnvFrom(env, env.FRONTERA_DATA_DIR);
  return {
    port: env.GATEWAY_PORT,
    host: env.HOST,
    supergraphFile: env.SUPERGRAPH_FILE,
    subgraphUrls: { agreements: env.AGREEMENTS_URL, cargo: env.CARGO_URL, travellers: env.TRAVELLERS_URL },
    auth,
    limits: {
      maxDepth: env.MAX_DEPTH,
      maxAliases: env.MAX_ALIASES,
      maxCost: env.MAX_COST,
      maxTokens: env.MAX_TOKENS,
      maxDirectives: env.MAX_DIRECTIVES,
    },
    maxBodyBytes: env.MAX_BODY_BYTES,
    rateLimits: { perToken: env.RATE_LIMIT_PER_TOKEN, perAgency: env.RATE_LIMIT_PER_AGENCY, redisUrl: env.REDIS_URL },
    maxConcurrentPerToken: env.MAX_CONCURRENT_PER_TOKEN,
    subgraphTimeoutMs: env.SUBGRAPH_TIMEOUT_MS,
    disclosureGatherMs: env.DISCLOSURE_GATHER_MS,
    referenceCacheSeconds: env.REFERENCE_CACHE_SECONDS,
    trustedDocuments: env.TRUSTED_DOCUMENTS,
    console: { oidc: consoleOidcFrom(env, auth.trustedIssuers) },
  };
}

export type GatewayEnv = ReturnType<typeof parseGatewayEnv>;
