import { dirname, join } from "node:path";
import { z } from "zod";
import { EnvError } from "./parse-env";

export interface AuthEnv {
  /** JSON file of the signing keys (created on first start for the embedded default). */
  keysFile: string;
  /** The whole key file's JSON, for production where keys come from a secret, not a file. */
  inlineKeys: string | undefined;
  /** `iss` of Frontera's own tokens. */
  issuer: string;
  /** Other issuers of internal tokens, e.g. the staff's OpenID Connect provider. */
  trustedIssuers: Array<{ issuer: string; audience: string; jwksUrl: string }>;
  /** Agencies whose staff hold internal tokens; any other agency is a partner. */
  internalAgencies: string[];
  /**
   * The secret the gateway and the services sign their subgraph requests with (and subgraphs
   * check): given in production, else kept in `subgraphSecretFile` (created on first start).
   */
  subgraphSecret: string | undefined;
  /** Beside the signing keys, so every service of one machine finds the same one. */
  subgraphSecretFile: string;
}

/** Internal tokens are for the agency that owns the data unless configured otherwise. */
export const DEFAULT_INTERNAL_AGENCIES = ["CBP"];

const internalAgencies = z
  .string()
  .optional()
  .transform((text, context) => {
    if (text === undefined) return DEFAULT_INTERNAL_AGENCIES;
    const codes = text.split(/[\s,]+/).filter(Boolean);
    const bad = codes.filter((code) => !/^[A-Z]{2,16}$/.test(code));
    if (codes.length === 0 || bad.length) {
      context.addIssue({ code: "custom", message: "agency codes (2–16 capital letters), separated by commas" });
      return z.NEVER;
    }
    return [...new Set(codes)];
  });

const trustedIssuers = z
  .string()
  .optional()
  .transform((text, context) => {
    if (!text) return [];
    try {
      return z
        .array(z.object({ issuer: z.string().min(1), audience: z.string().min(1), jwksUrl: z.url() }))
        .parse(JSON.parse(text));
    } catch {
      context.addIssue({ code: "custom", message: 'a JSON array of { "issuer", "audience", "jwksUrl" }' });
      return z.NEVER;
    }
  });

export const authEnvFields = {
  FRONTERA_KEYS_FILE: z.string().min(1).optional(),
  FRONTERA_SIGNING_KEYS: z.string().min(1).optional(),
  FRONTERA_ISSUER: z.string().min(1).default("https://frontera.local"),
  TRUSTED_ISSUERS: trustedIssuers,
  INTERNAL_AGENCIES: internalAgencies,
  FRONTERA_SUBGRAPH_SECRET: z.string().min(32, "at least 32 characters (e.g. `openssl rand -base64 32`)").optional(),
};

export function authEnvFrom(env: Record<string, unknown>, dataDir: string): AuthEnv {
  const keysFile = (env.FRONTERA_KEYS_FILE as string | undefined) ?? join(dataDir, "keys", "signing-keys.json");
  const subgraphSecret = env.FRONTERA_SUBGRAPH_SECRET as string | undefined;
  // Keys given inline mean pods without a shared disk: a secret file of each pod's own would
  // make every subgraph refuse every gateway.
  if (env.FRONTERA_SIGNING_KEYS && !subgraphSecret) {
    throw new EnvError(["FRONTERA_SUBGRAPH_SECRET: required when FRONTERA_SIGNING_KEYS is given"]);
  }
  return {
    keysFile,
    inlineKeys: env.FRONTERA_SIGNING_KEYS as string | undefined,
    issuer: env.FRONTERA_ISSUER as string,
    trustedIssuers: env.TRUSTED_ISSUERS as AuthEnv["trustedIssuers"],
    internalAgencies: env.INTERNAL_AGENCIES as string[],
    subgraphSecret,
    subgraphSecretFile: join(dirname(keysFile), "subgraph-secret"),
  };
}
