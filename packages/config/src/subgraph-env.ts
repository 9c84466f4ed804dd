import { z } from "zod";
import { parseEnv } from "./parse-env";
import { type AuthEnv, authEnvFields, authEnvFrom } from "./auth-env";
import { portNumber } from "./env-fields";
import { DEFAULT_SUBGRAPH_URLS } from "./service-urls";

const databaseUrlField = z
  .string()
  .regex(/^(mysql|mariadb|sqlite):\/\//, "must start with mysql://, mariadb:// or sqlite://")
  .optional();

const optionalFlag = () =>
  z
    .enum(["true", "false", "1", "0"])
    .optional()
    .transform((value) => (value === undefined ? undefined : value === "true" || value === "1"));

export interface SubgraphEnv {
  port: number;
  host: string;
  /** Absent: the embedded default database, a SQLite file under dataDir. */
  databaseUrl: string | undefined;
  dataDir: string;
  seedOnEmpty: boolean;
  /** Where the other services answer, by subgraph name (for the reference data a subgraph asks). */
  peers: Record<string, string>;
  auth: AuthEnv;
  /** Days a disclosure is kept before pruning (agreements; the Privacy Act's five years by default). */
  disclosureRetentionDays: number;
  /** Operation limits set in the environment; the others keep the subgraph defaults. */
  limits: {
    maxDepth?: number;
    maxAliases?: number;
    maxCost?: number;
    maxTokens?: number;
    maxDirectives?: number;
  };
}

const optionalLimit = (min: number) => z.coerce.number().int().min(min).optional();

/**
 * A subgraph's environment: `<NAME>_PORT`, and `<NAME>_DATABASE_URL` or the shared `DATABASE_URL`
 * (a MySQL URL without a database name puts each subgraph in its own schema, frontera_<name>).
 */
export function parseSubgraphEnv(
  name: string,
  defaultPort: number,
  source: Record<string, string | undefined> = process.env,
): SubgraphEnv {
  const prefix = name.toUpperCase();
  const env = parseEnv(
    z.object({
      [`${prefix}_PORT`]: portNumber(defaultPort),
      // Only the gateway should reach a subgraph: loopback unless a deployment says otherwise.
      HOST: z.string().min(1).default("127.0.0.1"),
      [`${prefix}_DATABASE_URL`]: databaseUrlField,
      DATABASE_URL: databaseUrlField,
      FRONTERA_DATA_DIR: z.string().min(1).default(".data"),
      SEED_ON_EMPTY: optionalFlag(),
      AGREEMENTS_URL: z.url().default(DEFAULT_SUBGRAPH_URLS.agreements),
      CARGO_URL: z.url().default(DEFAULT_SUBGRAPH_URLS.cargo),
      TRAVELLERS_URL: z.url().default(DEFAULT_SUBGRAPH_URLS.travellers),
      SUBGRAPH_MAX_DEPTH: optionalLimit(1),
      SUBGRAPH_MAX_ALIASES: optionalLimit(0),
      SUBGRAPH_MAX_COST: optionalLimit(1),
      SUBGRAPH_MAX_TOKENS: optionalLimit(10),
      SUBGRAPH_MAX_DIRECTIVES: optionalLimit(0),
      DISCLOSURE_RETENTION_DAYS: z.coerce.number().int().min(1).default(1825),
      ...authEnvFields,
    }),
    source,
  ) as Record<string, unknown>;
  const databaseUrl = (env[`${prefix}_DATABASE_URL`] ?? env.DATABASE_URL) as string | undefined;
  return {
    port: env[`${prefix}_PORT`] as number,
    host: env.HOST as string,
    databaseUrl,
    dataDir: env.FRONTERA_DATA_DIR as string,
    // A new embedded database is filled with demo data; a MySQL one only when asked to.
    seedOnEmpty: (env.SEED_ON_EMPTY as boolean | undefined) ?? databaseUrl === undefined,
    auth: authEnvFrom(env, env.FRONTERA_DATA_DIR as string),
    disclosureRetentionDays: env.DISCLOSURE_RETENTION_DAYS as number,
    // Only the limits set: an absent one must not override the default with undefined.
    limits: Object.fromEntries(
      Object.entries({
        maxDepth: env.SUBGRAPH_MAX_DEPTH,
        maxAliases: env.SUBGRAPH_MAX_ALIASES,
        maxCost: env.SUBGRAPH_MAX_COST,
        maxTokens: env.SUBGRAPH_MAX_TOKENS,
        maxDirectives: env.SUBGRAPH_MAX_DIRECTIVES,
      }).filter(([, value]) => value !== undefined),
    ),
    peers: {
      agreements: env.AGREEMENTS_URL as string,
      cargo: env.CARGO_URL as string,
      travellers: env.TRAVELLERS_URL as string,
    },
  };
}
