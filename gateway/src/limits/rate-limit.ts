import { type Claims, tokenKey } from "@frontera/auth";
import { GraphQLError } from "graphql";
import type Redis from "ioredis";
import { type RateLimiterAbstract, RateLimiterMemory, RateLimiterRedis, RateLimiterRes } from "rate-limiter-flexible";
import { closeRedis, redisConnection } from "../redis/redis-connection";
import { type ReportRedisError } from "../redis/redis-errors";

export interface RateLimits {
  /** Requests per minute for one token (issuer and jti). */
  perToken: number;
  /** Requests per minute for all the tokens of one agency. */
  perAgency: number;
  /** Shared budgets for several gateway replicas; absent: this process's memory. */
  redisUrl?: string;
}

/**
 * The budgets in this process's memory that stand in for Redis while it is unreachable: each
 * request counted here is a Redis failure to report (rate-limiter-flexible calls its insurance
 * limiter only when the Redis command failed).
 */
class MemoryWhileRedisFails extends RateLimiterMemory {
  constructor(
    options: ConstructorParameters<typeof RateLimiterMemory>[0],
    private readonly report: ReportRedisError,
  ) {
    super(options);
  }

  override consume(key: string | number, points?: number, options?: { [key: string]: unknown }) {
    this.report("rate_limit", new Error("redis did not answer: the budget is counted in this process's memory"));
    return super.consume(key, points, options);
  }
}

function limiter(redis: Redis | null, keyPrefix: string, points: number, report: ReportRedisError) {
  if (!redis) return new RateLimiterMemory({ keyPrefix, points, duration: 60 });
  // While Redis is unreachable each replica falls back to its own memory rather than refusing all.
  return new RateLimiterRedis({
    storeClient: redis,
    keyPrefix: `frontera:${keyPrefix}`,
    points,
    duration: 60,
    insuranceLimiter: new MemoryWhileRedisFails({ keyPrefix, points, duration: 60 }, report),
  });
}

/** 429 with Retry-After for a spent budget. */
function rateLimited(rejection: RateLimiterRes): GraphQLError {
  const retryAfter = Math.max(1, Math.ceil(rejection.msBeforeNext / 1000));
  return new GraphQLError(`too many requests; retry after ${retryAfter} s`, {
    extensions: {
      code: "RATE_LIMITED",
      retryAfterSeconds: retryAfter,
      http: { status: 429, headers: new Map([["retry-after", String(retryAfter)]]) },
    },
  });
}

/** Per token and per agency budgets; 429 with Retry-After once one is spent. */
export function rateLimiter(limits: RateLimits, report: ReportRedisError) {
  // While the connection retries, the budgets are counted in memory.
  const redis = limits.redisUrl
    ? redisConnection(limits.redisUrl, { enableOfflineQueue: false, maxRetriesPerRequest: 1 }, report)
    : null;
  const perToken: RateLimiterAbstract = limiter(redis, "jti", limits.perToken, report);
  const perAgency: RateLimiterAbstract = limiter(redis, "agency", limits.perAgency, report);
  const consume = async (claims: Claims): Promise<void> => {
    try {
      await perToken.consume(tokenKey(claims));
      await perAgency.consume(claims.agency);
    } catch (rejection) {
      if (!(rejection instanceof RateLimiterRes)) throw rejection;
      throw rateLimited(rejection);
    }
  };
  // Counted in Redis from the first request: wait (briefly) for the connection before serving.
  const ready = redis
    ? new Promise<void>((resolve) => {
        redis.once("ready", () => resolve());
        setTimeout(resolve, 3_000).unref();
      })
    : Promise.resolve();
  return { consume, ready, close: async () => void (redis && (await closeRedis(redis))) };
}

export type RateLimiter = ReturnType<typeof rateLimiter>;
