import { type GraphQLDataSource } from "@apollo/gateway";
import { type CachePolicy, type ReferenceCache, isShareable } from "./reference-cache";

export type GatewayResponse = Awaited<ReturnType<GraphQLDataSource["process"]>>;

export interface SubgraphRequest {
  query: string;
  variables: Record<string, unknown>;
  operationName?: string;
}

/** A subgraph's parsed answer and how it may be cached. */
export interface Answer {
  response: GatewayResponse;
  policy: CachePolicy;
}

export interface CachedFetch {
  cache: ReferenceCache;
  subgraph: string;
  /** Who may share the entries (see cacheAudience). */
  audience: string;
  fetch: (request: SubgraphRequest) => Promise<Answer>;
  /** Told how many entities or answers came from the cache and how many were fetched. */
  count?: (result: "hit" | "miss", n: number) => void;
}

/**
 * Answers a subgraph query from the reference cache where it can. An entity fetch is split by
 * representation — each entity is kept on its own, so the dossier of another page reuses the
 * ports and programs this one fetched — and only the missing ones (each once) are asked for.
 */
export async function fetchThroughCache(target: CachedFetch, request: SubgraphRequest): Promise<Answer> {
  const { representations, ...rest } = request.variables;
  if (Array.isArray(representations)) return entitiesThroughCache(target, request, representations, rest);

  const key = `${target.audience}\n${request.query}\n${JSON.stringify(request.variables)}`;
  const hit = target.cache.get(target.subgraph, key);
  if (hit) {
    target.count?.("hit", 1);
    return { response: hit.value as GatewayResponse, policy: { maxAge: hit.secondsLeft, scope: "PUBLIC" } };
  }
  target.count?.("miss", 1);
  const answer = await target.fetch(request);
  if (keepable(target, request, answer)) target.cache.set(target.subgraph, key, answer.response, answer.policy.maxAge);
  return answer;
}

async function entitiesThroughCache(
  target: CachedFetch,
  request: SubgraphRequest,
  representations: unknown[],
  rest: Record<string, unknown>,
): Promise<Answer> {
  // Within one fetch an entity is named by its representation alone; the cache's key adds who
  // asks and what for, built once per distinct entity (a long string to hash, not one per row).
  const prefix = `${target.audience}\n${request.query}\n${JSON.stringify(rest)}\n`;
  const keys = representations.map((representation) => JSON.stringify(representation));
  const entities: unknown[] = new Array(keys.length);
  const found = new Array<boolean>(keys.length).fill(false);
  const missing = new Map<string, number>(); // key → its position in the fetch of the missing
  let secondsLeft = Number.POSITIVE_INFINITY;
  // A page repeats its entities (fifty shipments, one port): each distinct one is looked up once.
  const looked = new Map<string, { json: string; secondsLeft: number } | undefined>();
  keys.forEach((key, index) => {
    if (!looked.has(key)) looked.set(key, target.cache.getJson(target.subgraph, prefix + key));
    const hit = looked.get(key);
    if (hit) {
      entities[index] = JSON.parse(hit.json);
      found[index] = true;
      secondsLeft = Math.min(secondsLeft, hit.secondsLeft);
    } else if (!missing.has(key)) missing.set(key, index);
  });
  target.count?.("hit", found.filter(Boolean).length);
  target.count?.("miss", missing.size);
  if (missing.size === 0)
    return { response: { data: { _entities: entities } }, policy: { maxAge: secondsLeft, scope: "PUBLIC" } };

  const asked = [...missing.values()];
  const trimmed = asked.length !== keys.length;
  const answer = await target.fetch(
    trimmed
      ? { ...request, variables: { ...rest, representations: asked.map((index) => representations[index]) } }
      : request,
  );
  const received = answer.response.data?._entities;
  if (!trimmed) {
    if (keepable(target, request, answer) && Array.isArray(received))
      keys.forEach((key, index) =>
        target.cache.set(target.subgraph, prefix + key, received[index], answer.policy.maxAge),
      );
    return answer;
  }
  // A subgraph that answers another list than it was asked: ask for the caller's own list.
  if (!Array.isArray(received) || received.length !== asked.length) return target.fetch(request);
  const keep = keepable(target, request, answer);
  const positionOf = new Map([...missing.keys()].map((key, position) => [key, position]));
  const errors = answer.response.errors?.length
    ? errorsInCallersList(answer.response.errors, keys, found, positionOf)
    : undefined;
  keys.forEach((key, index) => {
    if (found[index]) return;
    const position = positionOf.get(key) as number;
    // The first caller of a representation takes the entity; repeats get their own copies.
    entities[index] = missing.get(key) === index ? received[position] : structuredClone(received[position]);
    if (keep && missing.get(key) === index)
      target.cache.set(target.subgraph, prefix + key, received[position], answer.policy.maxAge);
  });
  return {
    response: { ...answer.response, data: { ...answer.response.data, _entities: entities }, ...(errors && { errors }) },
    policy: { ...answer.policy, maxAge: Math.min(secondsLeft, answer.policy.maxAge) },
  };
}

type SubgraphError = NonNullable<GatewayResponse["errors"]>[number];

/**
 * The errors of a fetch of the missing representations, with paths into the caller's list: an
 * error at `_entities[p]` is repeated at every row that asked for the p-th missing representation
 * (a partner's FORBIDDEN field is one per row it holds), in the order of the caller's rows — what
 * a fetch of the caller's whole list would have said, without fetching it again.
 */
function errorsInCallersList(
  errors: readonly SubgraphError[],
  keys: readonly string[],
  found: readonly boolean[],
  positionOf: ReadonlyMap<string, number>,
): SubgraphError[] {
  const rowsAt = new Map<number, number[]>();
  keys.forEach((key, index) => {
    if (found[index]) return;
    const position = positionOf.get(key) as number;
    const rows = rowsAt.get(position);
    if (rows) rows.push(index);
    else rowsAt.set(position, [index]);
  });
  const placed: Array<{ row: number; order: number; error: SubgraphError }> = [];
  errors.forEach((error, order) => {
    const [head, position, ...rest] = error.path ?? [];
    const rows = head === "_entities" && typeof position === "number" ? rowsAt.get(position) : undefined;
    if (!rows) placed.push({ row: -1, order, error });
    else for (const row of rows) placed.push({ row, order, error: { ...error, path: ["_entities", row, ...rest] } });
  });
  return placed.sort((a, b) => a.row - b.row || a.order - b.order).map(({ error }) => error);
}

/** Whether an answer may be kept; an answer that is never public stops being looked up. */
function keepable(target: CachedFetch, request: SubgraphRequest, answer: Answer): boolean {
  if (answer.response.errors?.length) return false;
  if (isShareable(answer.policy)) return true;
  target.cache.markNeverPublic(target.subgraph, request.query);
  return false;
}
