import { randomUUID } from "node:crypto";
import { SignJWT } from "jose";
import { type CallerKind } from "./claims";
import { type KeyStore, MAX_TOKEN_TTL_SECONDS, SIGNING_ALGORITHM } from "./key-store";

export const FRONTERA_AUDIENCE = "frontera";

export interface TokenRequest {
  subject: string;
  agency: string;
  kind: CallerKind;
  scopes: string[];
  ttlSeconds: number;
}

/** Signs Frontera tokens with the key store's current key; every token gets a fresh jti. */
export class TokenIssuer {
  constructor(
    private readonly keys: KeyStore,
    private readonly issuer: string,
  ) {}

  async issue(request: TokenRequest): Promise<{ token: string; jti: string; expiresAt: Date }> {
    if (request.ttlSeconds <= 0 || request.ttlSeconds > MAX_TOKEN_TTL_SECONDS) {
      throw new Error(`a token lives between 1 second and ${MAX_TOKEN_TTL_SECONDS / 3600} hours`);
    }
    const { kid, key } = await this.keys.signingKey();
    const jti = randomUUID();
    const now = Math.floor(Date.now() / 1000);
    const token = await new SignJWT({ agency: request.agency, kind: request.kind, scope: request.scopes.join(" ") })
      .setProtectedHeader({ alg: SIGNING_ALGORITHM, kid, typ: "JWT" })
      .setIssuer(this.issuer)
      .setAudience(FRONTERA_AUDIENCE)
      .setSubject(request.subject)
      .setIssuedAt(now)
      .setExpirationTime(now + request.ttlSeconds)
      .setJti(jti)
      .sign(key);
    return { token, jti, expiresAt: new Date((now + request.ttlSeconds) * 1000) };
  }
}

/** Parses "8h", "30m", "45s", "1d" into seconds. */
export function parseTtl(text: string): number {
  const match = /^(\d+)([smhd])$/.exec(text);
  if (!match) throw new Error(`--ttl takes a number and a unit (s, m, h, d), e.g. 8h; got "${text}"`);
  return Number(match[1]) * { s: 1, m: 60, h: 3600, d: 86400 }[match[2] as "s" | "m" | "h" | "d"];
}
