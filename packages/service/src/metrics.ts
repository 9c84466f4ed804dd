import { type ApolloServerPlugin, type BaseContext } from "@apollo/server";
import { Counter, Histogram, Registry, collectDefaultMetrics } from "prom-client";

/**
 * One Prometheus registry per service: Node process metrics plus GraphQL requests by operation
 * name and outcome. Labels stay bounded: operation names come from the code of the clients and
 * unnamed operations share one label; no ids, no variables.
 */
export function createMetrics(service: string) {
  const registry = new Registry();
  registry.setDefaultLabels({ service });
  collectDefaultMetrics({ register: registry });
  const requests = new Counter({
    name: "frontera_graphql_requests_total",
    help: "GraphQL requests by operation name and outcome",
    labelNames: ["operation", "outcome"],
    registers: [registry],
  });
  const duration = new Histogram({
    name: "frontera_graphql_request_duration_seconds",
    help: "GraphQL request duration by operation name",
    labelNames: ["operation"],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [registry],
  });

  const plugin: ApolloServerPlugin<BaseContext> = {
    async requestDidStart() {
      const started = process.hrtime.bigint();
      return {
        async willSendResponse({ operationName, errors, response }) {
          const operation = (operationName ?? "anonymous").slice(0, 64);
          const codes = (errors ?? []).map((error) => error.extensions?.code);
          const outcome =
            response.body.kind === "single" && response.body.singleResult.data === undefined && codes.length
              ? String(codes[0] ?? "error").toLowerCase()
              : codes.length
                ? "partial"
                : "ok";
          requests.inc({ operation, outcome });
          duration.observe({ operation }, Number(process.hrtime.bigint() - started) / 1e9);
        },
      };
    },
  };
  return { registry, plugin };
}
