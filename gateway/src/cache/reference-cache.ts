import { type Access } from "@frontera/auth";
import { LRUCache } from "lru-cache";

/** How an answer may be cached, as its subgraph said in Cache-Control. */
export interface CachePolicy {
  maxAge: number;
  scope?: "PUBLIC" | "PRIVATE";
}

interface Entry {
  json: string;
  expiresAt: number;
}

export interface ReferenceCacheOptions {
  /** Entries kept per subgraph; the least recently used go first. */
  maxEntries?: number;
  /** The longest an entry lives, whatever the subgraph allows. */
  maxAgeSeconds?: number;
  now?: () => number;
}

/**
 * Answers the subgraphs marked `Cache-Control: public, max-age=N` — reference data: ports,
 * programs, agreements, agencies (`@cacheControl` in the agreements subgraph) — kept at the
 * gateway so that a dossier does not ask for Laredo's name fifty times a second.
 *
 * Correct under scopes: an entry is keyed by what its caller may see (kind, a partner's agency,
 * effective scopes), so it is only ever served to a caller who would get the same answer; answers
 * with errors are never kept. Invalidated when it changes: a mutation sent to a subgraph through
 * this gateway drops that subgraph's entries here and, with Redis, at every replica; anything else
 * expires within the subgraph's own max-age (60 s).
 */
export class ReferenceCache {
  private readonly bySubgraph = new Map<string, LRUCache<string, Entry>>();
  // Bounded: a client can send any number of distinct queries.
  private readonly neverPublic = new LRUCache<string, true>({ max: 10_000 });
  private readonly now: () => number;
  /** Told of every local invalidation, to tell the other replicas. */
  onInvalidate?: (subgraph: string) => void;

  constructor(private readonly options: ReferenceCacheOptions = {}) {
    this.now = options.now ?? Date.now;
  }

  get(subgraph: string, key: string): { value: unknown; secondsLeft: number } | undefined {
    const hit = this.getJson(subgraph, key);
    // Each caller gets its own copy: the gateway merges other subgraphs' fields into what it gets.
    return hit && { value: JSON.parse(hit.json), secondsLeft: hit.secondsLeft };
  }

  /** An entry as kept, as JSON: each use parses its own copy (see `get`). */
  getJson(subgraph: string, key: string): { json: string; secondsLeft: number } | undefined {
    const entry = this.bySubgraph.get(subgraph)?.get(key);
    if (!entry) return undefined;
    const left = entry.expiresAt - this.now();
    if (left <= 0) return undefined;
    return { json: entry.json, secondsLeft: Math.floor(left / 1000) };
  }

  set(subgraph: string, key: string, value: unknown, maxAgeSeconds: number) {
    const seconds = Math.min(maxAgeSeconds, this.options.maxAgeSeconds ?? 60);
    if (seconds <= 0) return;
    let entries = this.bySubgraph.get(subgraph);
    if (!entries) {
      entries = new LRUCache({ max: this.options.maxEntries ?? 20_000 });
      this.bySubgraph.set(subgraph, entries);
    }
    entries.set(key, { json: JSON.stringify(value), expiresAt: this.now() + seconds * 1000 });
  }

  /** Drops every entry of a subgraph; `fromPeer` when another replica said so (not repeated). */
  invalidate(subgraph: string, { fromPeer = false } = {}) {
    this.bySubgraph.get(subgraph)?.clear();
    if (!fromPeer) this.onInvalidate?.(subgraph);
  }

  /** A subgraph operation whose answer came back not public: not worth keying again. */
  markNeverPublic(subgraph: string, query: string) {
    this.neverPublic.set(`${subgraph}\n${query}`, true);
  }

  isNeverPublic(subgraph: string, query: string): boolean {
    return this.neverPublic.has(`${subgraph}\n${query}`);
  }
}

const audiences = new WeakMap<Access, string>();

/**
 * Who may share an entry: callers of the same kind with the same effective scopes (and, for a
 * partner, the same agency). Memoised per access answer, which the gateway keeps for seconds.
 */
export function cacheAudience(access: Access): string {
  let audience = audiences.get(access);
  if (!audience) {
    const { kind, agency } = access.claims;
    audience = `${kind}|${kind === "partner" ? agency : ""}|${[...access.effectiveScopes].sort().join(" ")}`;
    audiences.set(access, audience);
  }
  return audience;
}

/** A policy that allows keeping the answer for everyone in the audience. */
export function isShareable(policy: CachePolicy): boolean {
  return policy.scope === "PUBLIC" && policy.maxAge > 0;
}

/** Reads Cache-Control as Apollo's own data source does: max-age, and public or private. */
export function parseCachePolicy(header: string | undefined): CachePolicy {
  const maxAge = /(?:^|,)\s*max-age=(\d+)/.exec(header ?? "")?.[1];
  const scope = /\bprivate\b/.test(header ?? "") ? "PRIVATE" : /\bpublic\b/.test(header ?? "") ? "PUBLIC" : undefined;
  return { maxAge: maxAge ? Number(maxAge) : 0, ...(scope ? { scope } : {}) };
}
