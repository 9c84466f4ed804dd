import { type ApolloServerPlugin, type BaseContext } from "@apollo/server";
import { Counter, Histogram, Registry, collectDefaultMetrics } from "prom-client";

/** Distinct operation names one process labels its series with; later names count as "other". */
export const MAX_OPERATION_LABELS = 100;
// A GraphQL name of sane length: anything else (or any name past the budget) is "other".
const OPERATION_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/;

/**
 * The label of an operation name. A client chooses its operation names and /metrics answers
 * anyone, so each new name (one more series per outcome and histogram bucket) is admitted only
 * while the budget lasts and only by a request that ran: a refused one never adds a name.
 */
export function operationLabels(limit = MAX_OPERATION_LABELS) {
  const admitted = new Set<string>();
  return (operationName: string | null | undefined, executed: boolean): string => {
    if (!operationName) return "anonymous";
    if (admitted.has(operationName)) return operationName;
    if (!executed || !OPERATION_NAME.test(operationName) || admitted.size >= limit) return "other";
    admitted.add(operationName);
    return operationName;
  };
}

/**
 * One Prometheus registry per service: Node process metrics plus GraphQL requests by operation
 * name and outcome. Labels stay bounded: at most MAX_OPERATION_LABELS operation names (see
 * operationLabels), unnamed operations share one label; no ids, no variables.
 */
export function createMetrics(
  service: string,
  {
    maxOperationLabels = MAX_OPERATION_LABELS,
    operationLabel,
  }: {
    maxOperationLabels?: number;
    /** The label of a request's operation, when the service knows a better one than its name (bounded!). */
    operationLabel?: (context: BaseContext | undefined) => string;
  } = {},
) {
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

  const labelOf = operationLabels(maxOperationLabels);

  const plugin: ApolloServerPlugin<BaseContext> = {
    async requestDidStart() {
      const started = process.hrtime.bigint();
      return {
        async willSendResponse({ contextValue, operationName, errors, response }) {
          const codes = (errors ?? []).map((error) => error.extensions?.code);
          const refused =
            response.body.kind === "single" && response.body.singleResult.data === undefined && codes.length > 0;
          const outcome = refused ? String(codes[0] ?? "error").toLowerCase() : codes.length ? "partial" : "ok";
          const operation = operationLabel ? operationLabel(contextValue) : labelOf(operationName, !refused);
          requests.inc({ operation, outcome });
          duration.observe({ operation }, Number(process.hrtime.bigint() - started) / 1e9);
        },
      };
    },
  };
  return { registry, plugin };
}
