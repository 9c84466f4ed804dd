import { RateLimiterMemory, RateLimiterRes } from "rate-limiter-flexible";
import { GraphQLError } from "graphql";
import { type Claims } from "@frontera/auth";

export interface RateLimits {
  /** Requests per minute for one token (jti). */
  perToken: number;
  /** Requests per minute for all the tokens of one agency. */
  perAgency: number;
}

/**
 * Per token and per agency budgets, in this process's memory (several gateway replicas would
 * share them through Redis: rate-limiter-flexible's RateLimiterRedis takes the same calls).
 */
export function rateLimiter(limits: RateLimits) {
  const perToken = new RateLimiterMemory({ keyPrefix: "jti", points: limits.perToken, duration: 60 });
  const perAgency = new RateLimiterMemory({ keyPrefix: "agency", points: limits.perAgency, duration: 60 });
  return async (claims: Claims): Promise<void> => {
    try {
      await perToken.consume(claims.jti);
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
}
