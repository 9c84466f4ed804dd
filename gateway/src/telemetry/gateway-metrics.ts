import { createMetrics } from "@frontera/service";
import { Counter, Histogram } from "prom-client";
import { type GatewayContext } from "../auth/gateway-context";

/**
 * What the gateway adds to /metrics: each subgraph fetch's latency and outcome, the requests
 * refused before execution, the failures of Redis. Labels are subgraph names and fixed reasons:
 * bounded. Requests are labelled by the registered document they are (its manifest name) or
 * `other`: never by a name the client chose, so the series are as many as the manifest's
 * operations, plus one.
 */
export function createGatewayMetrics() {
  const metrics = createMetrics("gateway", {
    operationLabel: (context) => (context as Partial<GatewayContext> | undefined)?.document?.name ?? "other",
  });
  const registers = [metrics.registry];
  return {
    ...metrics,
    subgraphFetch: new Histogram({
      name: "frontera_subgraph_fetch_duration_seconds",
      help: "Gateway → subgraph fetches by subgraph and outcome",
      labelNames: ["subgraph", "outcome"],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
      registers,
    }),
    referenceCache: new Counter({
      name: "frontera_reference_cache_total",
      help: "Reference answers and entities found in the gateway's cache (hit) or fetched (miss), by subgraph",
      labelNames: ["subgraph", "result"],
      registers,
    }),
    refusals: new Counter({
      name: "frontera_refused_requests_total",
      help: "Requests refused before execution, by reason (unauthenticated, rate_limited)",
      labelNames: ["reason"],
      registers,
    }),
    redisErrors: new Counter({
      name: "frontera_redis_errors_total",
      help: "Failures of the Redis shared by gateway replicas, by operation (connect, rate_limit: a budget counted in this process's memory instead, publish, subscribe, message); the gateway serves on without it",
      labelNames: ["operation"],
      registers,
    }),
  };
}

export type GatewayMetrics = ReturnType<typeof createGatewayMetrics>;
