import { GraphQLError } from "graphql";

/**
 * At most `maxPerToken` requests of one token (jti) in flight at this gateway process. A rate per
 * minute does not stop a few expensive requests held open at once from starving every other
 * caller; this does. Counted in memory: with several replicas each holds its own count.
 */
export function concurrencyLimiter(maxPerToken: number) {
  const inFlight = new Map<string, number>();
  return {
    /** Takes a slot or throws 429 RATE_LIMITED; the returned release may be called more than once. */
    acquire(jti: string): () => void {
      const count = inFlight.get(jti) ?? 0;
      if (count >= maxPerToken) {
        throw new GraphQLError(
          `too many requests in flight for this token: at most ${maxPerToken} at once; retry when one has finished`,
          {
            extensions: {
              code: "RATE_LIMITED",
              retryAfterSeconds: 1,
              http: { status: 429, headers: new Map([["retry-after", "1"]]) },
            },
          },
        );
      }
      inFlight.set(jti, count + 1);
      let released = false;
      return () => {
        if (released) return;
        released = true;
        const left = (inFlight.get(jti) ?? 1) - 1;
        if (left > 0) inFlight.set(jti, left);
        else inFlight.delete(jti);
      };
    },
    inFlight: (jti: string) => inFlight.get(jti) ?? 0,
  };
}
