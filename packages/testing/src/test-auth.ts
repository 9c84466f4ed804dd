import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type CallerKind, KeyStore, SCOPE_VOCABULARY, TokenIssuer, subgraphSecret } from "@frontera/auth";
import { type AuthEnv } from "@frontera/config";

export interface TestAuth {
  auth: AuthEnv;
  keys: KeyStore;
  /** What the gateway signs subgraph requests with; a test asking a subgraph directly signs with it too. */
  subgraphSecret: string;
  /** A real signed token, as the token command would mint it. */
  token(options?: {
    agency?: string;
    kind?: CallerKind;
    scopes?: readonly string[];
    ttlSeconds?: number;
  }): Promise<string>;
}

/**
 * Fresh signing keys in a temporary directory, shared by the services of one test graph, which
 * also trust the given other issuers of internal tokens (e.g. a test's OpenID Connect provider).
 */
export async function createTestAuth(options: { trustedIssuers?: AuthEnv["trustedIssuers"] } = {}): Promise<TestAuth> {
  const directory = mkdtempSync(join(tmpdir(), "frontera-keys-"));
  // Both in files, as the embedded default keeps them: service processes given
  // FRONTERA_KEYS_FILE find the secret beside the keys.
  const auth: AuthEnv = {
    keysFile: join(directory, "signing-keys.json"),
    inlineKeys: undefined,
    issuer: "https://frontera.test",
    trustedIssuers: options.trustedIssuers ?? [],
    internalAgencies: ["CBP"],
    subgraphSecret: undefined,
    subgraphSecretFile: join(directory, "subgraph-secret"),
  };
  const keys = new KeyStore(auth.keysFile);
  await keys.ensure();
  const issuer = new TokenIssuer(keys, auth.issuer);
  return {
    auth,
    keys,
    subgraphSecret: subgraphSecret({ secret: undefined, file: auth.subgraphSecretFile }),
    token: async ({ agency = "CBP", kind = "internal", scopes = SCOPE_VOCABULARY, ttlSeconds = 3600 } = {}) =>
      (await issuer.issue({ subject: `test-${agency.toLowerCase()}`, agency, kind, scopes: [...scopes], ttlSeconds }))
        .token,
  };
}
