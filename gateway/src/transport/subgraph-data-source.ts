import { type GraphQLDataSource, type GraphQLDataSourceProcessOptions } from "@apollo/gateway";
import { type Logger, REQUEST_ID_HEADER, errorForLog, signedRequestBody } from "@frontera/service";
import { GraphQLError, Kind } from "graphql";
import { Pool } from "undici";
import {
  type Answer,
  type GatewayResponse,
  type SubgraphRequest,
  fetchThroughCache,
} from "../cache/cached-subgraph-fetch";
import { type GatewayMetrics } from "../telemetry/gateway-metrics";
import { type CachePolicy, type ReferenceCache, cacheAudience, parseCachePolicy } from "../cache/reference-cache";
import { type GatewayContext } from "../auth/gateway-context";
import { InFlightFetches } from "./in-flight-fetches";

type ProcessOptions = GraphQLDataSourceProcessOptions<GatewayContext>;
/** A fetch made for a client's operation (not a health check or schema load). */
type OperationFetch = Extract<ProcessOptions, { incomingRequestContext: unknown }>;
const forOperation = (options: ProcessOptions): options is OperationFetch => "incomingRequestContext" in options;

/** What a subgraph sent back, before parsing: each caller parses its own copy. */
interface Fetched {
  status: number;
  cacheControl: string | undefined;
  text: string;
}

export interface SubgraphDataSourceOptions {
  serviceName: string;
  url: string;
  /** How long a subgraph may take to send its headers, and then between chunks of its body. */
  timeoutMs: number;
  metrics: GatewayMetrics;
  /** Where answers the subgraph marks public are kept; none: every fetch goes out. */
  cache?: ReferenceCache;
  /** Keep-alive connections held open to the subgraph. */
  connections?: number;
  /** Every fetch is signed with it: subgraphs answer only what a gateway signed. */
  upstreamSecret: string;
  /** Where a failed fetch's cause goes: the client is told only that the subgraph is unavailable. */
  log: Logger;
}

/**
 * How the gateway talks to one subgraph. @apollo/gateway plans and executes; this sends each of
 * its fetches, with the caller's verified token and the request id and nothing else the client
 * sent, over a pool of keep-alive connections (undici), and when the subgraph cannot be reached
 * says which one (its fields become null, the rest still answers).
 *
 * Identical queries in flight at the same moment — same subgraph, same operation and variables,
 * same token — share one fetch: the subgraph answers once, each caller parses its own copy of the
 * answer. The token is part of the key, so callers never share what one of them may see; mutations
 * are never shared. Hive Gateway and Apollo Router deduplicate the same way. Reference answers
 * come from the reference cache when they can (see ReferenceCache).
 */
export class SubgraphDataSource implements GraphQLDataSource<GatewayContext> {
  private readonly pool: Pool;
  private readonly path: string;
  private readonly inFlight = new InFlightFetches<Fetched>();

  constructor(private readonly options: SubgraphDataSourceOptions) {
    const url = new URL(options.url);
    this.path = `${url.pathname}${url.search}`;
    this.pool = new Pool(url.origin, {
      connections: options.connections ?? 64,
      headersTimeout: options.timeoutMs,
      bodyTimeout: options.timeoutMs,
      connectTimeout: options.timeoutMs,
    });
  }

  async process(options: ProcessOptions): Promise<GatewayResponse> {
    const context = options.context as Partial<GatewayContext>;
    const request: SubgraphRequest = {
      query: options.request.query ?? "",
      variables: options.request.variables ?? {},
      operationName: options.request.operationName,
    };
    const headers: Record<string, string> = { "content-type": "application/json" };
    if (context.token) headers.authorization = `Bearer ${context.token}`;
    if (context.requestId) headers[REQUEST_ID_HEADER] = context.requestId;
    const mutation = isMutation(options, request.query);
    // A mutation runs to its end even if its client left: it must not stop half-way.
    const fetch = (asked: SubgraphRequest) =>
      mutation
        ? this.fetch(asked, headers, context)
        : this.fetch(asked, headers, context, { sharedBy: context.token ?? "", clientGone: context.clientGone });

    const { cache, serviceName } = this.options;
    const answer =
      cache && context.access && !mutation && !cache.isNeverPublic(serviceName, request.query)
        ? await fetchThroughCache(
            { cache, subgraph: serviceName, audience: cacheAudience(context.access), fetch, count: this.countCache },
            request,
          )
        : await fetch(request);
    if (mutation) cache?.invalidate(serviceName);
    if (forOperation(options)) restrictCachePolicy(options, answer.policy);
    return answer.response;
  }

  /** Closes the pooled connections. */
  close(): Promise<void> {
    return this.pool.close();
  }

  private readonly countCache = (result: "hit" | "miss", n: number) => {
    if (n > 0) this.options.metrics.referenceCache.inc({ subgraph: this.options.serviceName, result }, n);
  };

  /**
   * One fetch, timed; shared with identical ones in flight when `sharing` says by whom (the
   * token), and abandoned once every client waiting for it left (see InFlightFetches).
   */
  private async fetch(
    request: SubgraphRequest,
    headers: Record<string, string>,
    context: Partial<GatewayContext>,
    sharing?: { sharedBy: string; clientGone?: AbortSignal },
  ): Promise<Answer> {
    const body = signedRequestBody(this.options.upstreamSecret, request);
    const timer = this.options.metrics.subgraphFetch.startTimer({ subgraph: this.options.serviceName });
    let fetched: Fetched;
    try {
      fetched = sharing
        ? await this.inFlight.share(
            `${sharing.sharedBy}\n${body}`,
            (signal) => this.send(body, headers, signal),
            sharing.clientGone,
          )
        : await this.send(body, headers);
    } catch (error) {
      timer({ outcome: "failed" });
      // A client that hung up is no failure of the subgraph's.
      if (!sharing?.clientGone?.aborted) this.logFailure(context, error);
      throw this.unavailable();
    }
    const response = this.parse(fetched, context);
    timer({ outcome: response.errors?.length ? "errors" : "ok" });
    return { response, policy: parseCachePolicy(fetched.cacheControl) };
  }

  private logFailure(context: Partial<GatewayContext>, error: unknown, status?: number) {
    this.options.log.warn(
      { requestId: context.requestId, subgraph: this.options.serviceName, status, err: errorForLog(error) },
      "subgraph fetch failed: its fields answer SERVICE_UNAVAILABLE",
    );
  }

  private async send(body: string, headers: Record<string, string>, signal?: AbortSignal): Promise<Fetched> {
    const response = await this.pool.request({ method: "POST", path: this.path, headers, body, signal });
    const cacheControl = response.headers["cache-control"];
    return {
      status: response.statusCode,
      cacheControl: Array.isArray(cacheControl) ? cacheControl.join(", ") : cacheControl,
      text: await response.body.text(),
    };
  }

  private parse(fetched: Fetched, context: Partial<GatewayContext>): GatewayResponse {
    if (fetched.status === 401 || fetched.status === 403) {
      const code = fetched.status === 401 ? "UNAUTHENTICATED" : "FORBIDDEN";
      throw new GraphQLError(`the ${this.options.serviceName} service refused the request`, { extensions: { code } });
    }
    let parsed: unknown;
    try {
      parsed = JSON.parse(fetched.text);
    } catch (error) {
      this.logFailure(context, error, fetched.status);
      throw this.unavailable();
    }
    // A subgraph answers GraphQL errors with 200 (or 400 for a document it refuses); anything
    // else that is not a GraphQL answer means it is not working.
    if (!parsed || typeof parsed !== "object" || (fetched.status >= 300 && !("errors" in parsed))) {
      this.logFailure(context, new Error("the answer is not a GraphQL response"), fetched.status);
      throw this.unavailable();
    }
    return parsed as GatewayResponse;
  }

  private unavailable() {
    return new GraphQLError(`the ${this.options.serviceName} service is unavailable; the fields it serves are null`, {
      extensions: { code: "SERVICE_UNAVAILABLE", serviceName: this.options.serviceName },
    });
  }
}

function isMutation(options: ProcessOptions, query: string): boolean {
  if (!forOperation(options)) return false;
  const definition = options.document?.definitions.find((node) => node.kind === Kind.OPERATION_DEFINITION);
  // Without a parsed document, trust the text: the planner writes "mutation …" for mutations.
  return definition ? definition.operation === "mutation" : /^\s*mutation\b/.test(query);
}

/** The subgraph's caching policy narrows the gateway answer's, as Apollo's own data source does. */
function restrictCachePolicy(options: OperationFetch, policy: CachePolicy) {
  const overall = options.incomingRequestContext.overallCachePolicy;
  if (overall && "restrict" in overall) overall.restrict(policy);
}
