import { type Claims, tokenKey } from "@frontera/auth";
import { GraphQLError } from "graphql";
import Redis from "ioredis";
import { type RateLimiterAbstract, RateLimiterMemory, RateLimiterRedis, RateLimiterRes } from "rate-limiter-flexible";

export interface RateLimits {
  /** Requests per minute for one token (issuer and jti). */
  perToken: number;
  /** Requests per minute for all the tokens of one agency. */
  perAgency: number;
  /** Shared budgets for several gateway replicas; absent: this process's memory. */
  redisUrl?: string;
}

function limiter(limits: RateLimits, redis: Redis | null, keyPrefix: string, points: number): RateLimiterAbstract {
  const memory = new RateLimiterMemory({ keyPrefix, points, duration: 60 });
  if (!redis) return memory;
  // While Redis is unreachable each replica falls back to its own memory rather than refusing all.
  return new RateLimiterRedis({
    storeClient: redis,
    keyPrefix: `frontera:${keyPrefix}`,
    points,
    duration: 60,
    insuranceLimiter: memory,
  });
}

/** Per token and per agency budgets; 429 with Retry-After once one is spent. */
export function rateLimiter(limits: RateLimits) {
  const redis = limits.redisUrl
    ? new Redis(limits.redisUrl, { enableOfflineQueue: false, maxRetriesPerRequest: 1, lazyConnect: false })
    : null;
  redis?.on("error", () => {
    // reported through the insurance limiter's use; the connection retries by itself
  });
  const perToken = limiter(limits, redis, "jti", limits.perToken);
  const perAgency = limiter(limits, redis, "agency", limits.perAgency);
  const consume = async (claims: Claims): Promise<void> => {
    try {
      await perToken.consume(tokenKey(claims));
      await perAgency.consume(claims.agency);
    } catch (rejection) {
      if (!(rejection instanceof RateLimiterRes)) throw rejection;
      const retryAfter = Math.max(1, Math.ceil(rejection.msBeforeNext / 1000));
      throw new GraphQLError(`too many requests; retry after ${retryAfter} s`, {
        extensions: {
          code: "RATE_LIMITED",
          retryAfterSeconds: retryAfter,
          http: { status: 429, headers: new Map([["retry-after", String(retryAfter)]]) },
        },
      });
    }
  };
  // Counted in Redis from the first request: wait (briefly) for the connection before serving.
  const ready = redis
    ? new Promise<void>((resolve) => {
        redis.once("ready", () => resolve());
        setTimeout(resolve, 3_000).unref();
      })
    : Promise.resolve();
  return { consume, ready, close: async () => void (await redis?.quit().catch(() => undefined)) };
}
