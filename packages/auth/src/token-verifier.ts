import {
  type JWTPayload,
  type JWTVerifyGetKey,
  createLocalJWKSet,
  createRemoteJWKSet,
  decodeJwt,
  decodeProtectedHeader,
  jwtVerify,
} from "jose";
import { LRUCache } from "lru-cache";
import { type CallerKind, type Claims } from "./claims";
import { type KeyStore, MAX_TOKEN_TTL_SECONDS } from "./key-store";
import { parseScopeList } from "./scopes";
import { FRONTERA_AUDIENCE } from "./token-issuer";

/** Another issuer whose tokens are accepted, e.g. the OpenID Connect provider of internal users. */
export interface TrustedIssuer {
  issuer: string;
  audience: string;
  jwksUrl: string;
}

function decodeIssuer(token: string): unknown {
  try {
    return decodeJwt(token).iss;
  } catch {
    return undefined;
  }
}

/** Who may present what, beyond a valid signature. */
export interface VerifierPolicy {
  trustedIssuers?: TrustedIssuer[];
  /** Agencies whose staff hold internal tokens: an internal token of any other agency is refused. */
  internalAgencies: readonly string[];
}

export class InvalidTokenError extends Error {
  constructor(reason: string) {
    super(reason);
    this.name = "InvalidTokenError";
  }
}

const ALGORITHMS = ["EdDSA", "RS256"];
// Headers that would let a token name its own verification key: never trusted.
const KEY_CARRYING_HEADERS = ["jku", "x5u", "jwk", "x5c"];
const CLOCK_TOLERANCE_SECONDS = 30;
const KINDS: CallerKind[] = ["internal", "partner", "service"];
// A token verified once is trusted again, without its signature being checked, for this long at
// most (and never past its expiry, nor once the keys it was checked against have changed).
const REMEMBER_MS = 30_000;
const REMEMBERED_TOKENS = 10_000;

interface Remembered {
  claims: Claims;
  /** The published keys it was verified against (Frontera's own tokens); a change means check again. */
  jwks: unknown;
}

/**
 * Verifies bearer tokens with jose: an allow-list of asymmetric algorithms, a known kid, no
 * key-carrying headers, the issuer's audience, every required claim, a small clock leeway, a
 * lifetime of at most MAX_TOKEN_TTL_SECONDS, internal tokens only for internal agencies.
 * Frontera's own tokens are checked against the key store; other issuers against their JWKS.
 */
export class TokenVerifier {
  private readonly own: JWTVerifyGetKey;
  // Each entry lives REMEMBER_MS, or less when its token expires sooner (its own ttl).
  private readonly remembered = new LRUCache<string, Remembered>({ max: REMEMBERED_TOKENS, ttl: REMEMBER_MS });
  private readonly others: Map<string, { audience: string; keys: JWTVerifyGetKey }>;
  private readonly internalAgencies: ReadonlySet<string>;

  constructor(
    private readonly keys: KeyStore,
    private readonly issuer: string,
    policy: VerifierPolicy,
  ) {
    this.internalAgencies = new Set(policy.internalAgencies);
    // The key set follows the store (re-read every few seconds, so rotated keys appear alone);
    // it is rebuilt, and its keys imported again, only when the published keys changed.
    let current: { jwks: ReturnType<KeyStore["publicJwks"]>; getKey: JWTVerifyGetKey } | null = null;
    this.own = (header, token) => {
      const jwks = keys.publicJwks();
      if (current?.jwks !== jwks) current = { jwks, getKey: createLocalJWKSet(jwks) };
      return current.getKey(header, token);
    };
    this.others = new Map(
      (policy.trustedIssuers ?? []).map((other) => [
        other.issuer,
        { audience: other.audience, keys: createRemoteJWKSet(new URL(other.jwksUrl)) },
      ]),
    );
  }

  /**
   * The token's claims once it has passed every check. The gateway and every subgraph see the
   * same token on each request of a session: the signature check (Ed25519) runs once per token
   * per REMEMBER_MS, and revocation is checked elsewhere on every request (access).
   */
  async verify(token: string): Promise<Claims> {
    const known = this.remembered.get(token);
    if (known && (known.jwks === null || known.jwks === this.keys.publicJwks())) return known.claims;
    if (known) this.remembered.delete(token);
    const now = Date.now();
    const own = decodeIssuer(token) === this.issuer;
    const jwks = own ? this.keys.publicJwks() : null;
    const claims = await this.check(token);
    const ttl = Math.min(REMEMBER_MS, claims.expiresAt * 1000 - now);
    if (ttl > 0) this.remembered.set(token, { claims, jwks }, { ttl });
    return claims;
  }

  private async check(token: string): Promise<Claims> {
    let header: ReturnType<typeof decodeProtectedHeader>;
    let unverified: JWTPayload;
    try {
      header = decodeProtectedHeader(token);
      unverified = decodeJwt(token);
    } catch {
      throw new InvalidTokenError("malformed token");
    }
    if (!header.alg || !ALGORITHMS.includes(header.alg))
      throw new InvalidTokenError(`algorithm ${header.alg} is not accepted`);
    if (KEY_CARRYING_HEADERS.some((name) => name in header))
      throw new InvalidTokenError("tokens may not name their own key");
    if (!header.kid) throw new InvalidTokenError("the token has no kid");
    const own = unverified.iss === this.issuer;
    const other = typeof unverified.iss === "string" ? this.others.get(unverified.iss) : undefined;
    if (!own && !other) throw new InvalidTokenError("unknown issuer");

    let payload: JWTPayload;
    try {
      ({ payload } = await jwtVerify(token, own ? this.own : other!.keys, {
        issuer: unverified.iss,
        audience: own ? FRONTERA_AUDIENCE : other!.audience,
        algorithms: ALGORITHMS,
        clockTolerance: CLOCK_TOLERANCE_SECONDS,
        requiredClaims: ["iss", "aud", "sub", "exp", "iat", "jti"],
      }));
    } catch (error) {
      throw new InvalidTokenError(error instanceof Error ? error.message : "invalid token");
    }
    // jose checks iat only against a maximum age; a token dated ahead, or made to outlive the
    // longest lifetime Frontera grants, is refused whoever signed it.
    const issuedAt = payload.iat!;
    if (issuedAt > Math.floor(Date.now() / 1000) + CLOCK_TOLERANCE_SECONDS)
      throw new InvalidTokenError("the token is issued in the future");
    if (payload.exp! - issuedAt > MAX_TOKEN_TTL_SECONDS)
      throw new InvalidTokenError(`a token lives at most ${MAX_TOKEN_TTL_SECONDS / 3600} hours`);
    const { agency, kind, scope } = payload as Record<string, unknown>;
    if (typeof agency !== "string" || !/^[A-Z]{2,16}$/.test(agency))
      throw new InvalidTokenError("missing agency claim");
    if (typeof kind !== "string" || !KINDS.includes(kind as CallerKind))
      throw new InvalidTokenError("missing kind claim");
    // Only Frontera itself issues partner and service tokens; other issuers vouch for staff.
    if (!own && kind !== "internal") throw new InvalidTokenError("this issuer may only issue internal tokens");
    if (kind === "internal" && !this.internalAgencies.has(agency))
      throw new InvalidTokenError(`${agency} is not an internal agency`);
    if (typeof scope !== "string") throw new InvalidTokenError("missing scope claim");
    return {
      issuer: payload.iss!,
      subject: payload.sub!,
      agency,
      kind: kind as CallerKind,
      scopes: parseScopeList(scope),
      jti: payload.jti!,
      expiresAt: payload.exp!,
    };
  }
}
