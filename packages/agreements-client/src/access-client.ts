import { type Access, type Claims, type Grant, scopeOfEnumName, tokenKey } from "@frontera/auth";
import { ownRequestUserAgent, signedRequestBody, unauthenticated } from "@frontera/service";
import { GraphQLError } from "graphql";
import { LRUCache } from "lru-cache";

// Only fields open to every caller: a token without reference:read must still learn its access.
const QUERY = `{ me { effectiveScopes grants { scope ports: portCodes arrangementId documentIds directions } } }`;
// Suspensions, expiries, revocations and document restrictions must bite within 5 s (docs/security-model.md).
const TTL_MS = 2_000;
// Tokens seen within two seconds; past this many the least recently used are forgotten first.
const MAX_ENTRIES = 10_000;

interface MeAnswer {
  data?: { me: { effectiveScopes: string[]; grants: Access["grants"] } } | null;
  errors?: Array<{ extensions?: { code?: string } }>;
}

/**
 * Asks the agreements subgraph — the only owner of arrangements and revocations — what a verified
 * token may see now, with the caller's own token, and keeps the answer two seconds per token (issuer and jti).
 */
export class AccessClient {
  private readonly cache = new LRUCache<string, Access>({ max: MAX_ENTRIES, ttl: TTL_MS });
  /**
   * Lookups under way, by token: the requests of one token that miss together (a partner's
   * connections, each time its answer expires) share one lookup instead of asking agreements
   * each: a fifth of agreements' CPU under a partner's load went to those lookups
   * (docs/performance.md, "One lookup per token at a time"). A shared answer is younger than a
   * cached one can be.
   */
  private readonly lookups = new Map<string, Promise<Access>>();

  constructor(
    private readonly agreementsUrl: string,
    /** Signs the lookups: agreements answers only Frontera services (see upstream-signature). */
    private readonly upstreamSecret: string,
  ) {}

  async accessOf(token: string, claims: Claims): Promise<Access> {
    const key = tokenKey(claims);
    const cached = this.cache.get(key);
    if (cached) return cached;
    let lookup = this.lookups.get(key);
    if (!lookup) {
      lookup = this.lookUp(token, claims).finally(() => this.lookups.delete(key));
      this.lookups.set(key, lookup);
    }
    return lookup;
  }

  private async lookUp(token: string, claims: Claims): Promise<Access> {
    let response: Response;
    try {
      response = await fetch(this.agreementsUrl, {
        method: "POST",
        headers: {
          "content-type": "application/json",
          authorization: `Bearer ${token}`,
          "user-agent": ownRequestUserAgent("access-lookup"),
        },
        body: signedRequestBody(this.upstreamSecret, { query: QUERY }),
        signal: AbortSignal.timeout(5_000),
      });
    } catch {
      throw new GraphQLError("access rights cannot be checked right now; try again shortly", {
        extensions: { code: "SERVICE_UNAVAILABLE" },
      });
    }
    const answer = (await response.json().catch(() => ({}))) as MeAnswer;
    if (response.status === 401 || answer.errors?.some((error) => error.extensions?.code === "UNAUTHENTICATED")) {
      throw unauthenticated("the token was revoked or is no longer accepted");
    }
    if (!answer.data?.me) {
      throw new GraphQLError("access rights cannot be checked right now; try again shortly", {
        extensions: { code: "SERVICE_UNAVAILABLE" },
      });
    }
    const me = answer.data.me;
    // The schema spells scopes as enum names (CARGO_MANIFEST_READ); access speaks their OAuth form.
    const effectiveScopes = me.effectiveScopes.flatMap((name) => scopeOfEnumName(name) ?? []);
    const grants = me.grants.flatMap((grant): Grant[] => {
      const scope = scopeOfEnumName(grant.scope);
      return scope ? [{ ...grant, scope }] : [];
    });
    const access: Access = {
      claims,
      effectiveScopes,
      grants,
      arrangementIds: [...new Set(grants.flatMap((grant) => (grant.arrangementId ? [grant.arrangementId] : [])))],
    };
    this.cache.set(tokenKey(claims), access);
    return access;
  }
}
