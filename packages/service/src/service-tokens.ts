import { type KeyStore, TokenIssuer } from "@frontera/auth";

const TTL_SECONDS = 15 * 60;

/**
 * Short-lived tokens a service uses to call another (e.g. cargo reading reference data from
 * agreements). Frontera's services share the signing keys: they are one trust domain.
 */
export function serviceTokens(
  keys: KeyStore,
  issuer: string,
  subject: string,
  scopes: string[],
): () => Promise<string> {
  const tokens = new TokenIssuer(keys, issuer);
  let current: { token: string; renewAt: number } | null = null;
  return async () => {
    if (current && current.renewAt > Date.now()) return current.token;
    const { token, expiresAt } = await tokens.issue({
      subject,
      agency: "CBP",
      kind: "service",
      scopes,
      ttlSeconds: TTL_SECONDS,
    });
    current = { token, renewAt: expiresAt.getTime() - 60_000 };
    return token;
  };
}
