import { join } from "node:path";
import { z } from "zod";

export interface AuthEnv {
  /** JSON file of the signing keys (created on first start for the embedded default). */
  keysFile: string;
  /** The whole key file's JSON, for production where keys come from a secret, not a file. */
  inlineKeys: string | undefined;
  /** `iss` of Frontera's own tokens. */
  issuer: string;
  /** Other issuers of internal tokens, e.g. the staff's OpenID Connect provider. */
  trustedIssuers: Array<{ issuer: string; audience: string; jwksUrl: string }>;
}

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
};

export function authEnvFrom(env: Record<string, unknown>, dataDir: string): AuthEnv {
  return {
    keysFile: (env.FRONTERA_KEYS_FILE as string | undefined) ?? join(dataDir, "keys", "signing-keys.json"),
    inlineKeys: env.FRONTERA_SIGNING_KEYS as string | undefined,
    issuer: env.FRONTERA_ISSUER as string,
    trustedIssuers: env.TRUSTED_ISSUERS as AuthEnv["trustedIssuers"],
  };
}
