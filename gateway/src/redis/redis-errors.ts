import { type Logger, errorForLog } from "@frontera/service";
import { type Counter } from "prom-client";

/** What the gateway was doing with Redis when it failed: the values of the metric's `operation` label. */
export type RedisOperation = "connect" | "rate_limit" | "publish" | "subscribe" | "message";

const LOG_EVERY_MS = 30_000;

/**
 * Reports the failures of the Redis the gateway can run without (rate-limit budgets,
 * reference-cache invalidations): each one is counted in /metrics
 * (`frontera_redis_errors_total{operation}`), and logged at most once per 30 s per operation with
 * how many came since the last line — a Redis that is down must not write a line per request.
 */
export function redisErrorReporter(counter: Counter<"operation">, log: Logger, now: () => number = Date.now) {
  const lastLogged = new Map<RedisOperation, number>();
  const unlogged = new Map<RedisOperation, number>();
  return (operation: RedisOperation, error: unknown) => {
    counter.inc({ operation });
    const since = unlogged.get(operation) ?? 0;
    const last = lastLogged.get(operation);
    if (last !== undefined && now() - last < LOG_EVERY_MS) {
      unlogged.set(operation, since + 1);
      return;
    }
    lastLogged.set(operation, now());
    unlogged.set(operation, 0);
    log.warn(
      { operation, err: errorForLog(error), failuresSinceLastLine: since },
      "redis failed: the gateway goes on without it",
    );
  };
}

export type ReportRedisError = ReturnType<typeof redisErrorReporter>;
