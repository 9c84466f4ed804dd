import { z } from "zod";
import { parseEnv } from "./parse-env";
import { portNumber } from "./env-fields";

const databaseUrl = z
  .string()
  .regex(/^(mysql|mariadb|sqlite):\/\//, "must start with mysql://, mariadb:// or sqlite://")
  .optional();

const flag = (fallback: boolean) =>
  z
    .enum(["true", "false", "1", "0"])
    .default(fallback ? "true" : "false")
    .transform((value) => value === "true" || value === "1");

export interface SubgraphEnv {
  port: number;
  host: string;
  /** Absent: the embedded default database, a SQLite file under dataDir. */
  databaseUrl: string | undefined;
  dataDir: string;
  seedOnEmpty: boolean;
}

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
      HOST: z.string().min(1).default("0.0.0.0"),
      [`${prefix}_DATABASE_URL`]: databaseUrl,
      DATABASE_URL: databaseUrl,
      FRONTERA_DATA_DIR: z.string().min(1).default(".data"),
      SEED_ON_EMPTY: flag(true),
    }),
    source,
  ) as Record<string, unknown>;
  return {
    port: env[`${prefix}_PORT`] as number,
    host: env.HOST as string,
    databaseUrl: (env[`${prefix}_DATABASE_URL`] ?? env.DATABASE_URL) as string | undefined,
    dataDir: env.FRONTERA_DATA_DIR as string,
    seedOnEmpty: env.SEED_ON_EMPTY as boolean,
  };
}
