import { concurrencyLimiter } from "../../../src/limits/concurrency-limit";

describe("requests of one token in flight at once", () => {
  it("refuses one more than the limit with 429, other tokens unaffected", () => {
    const limiter = concurrencyLimiter(2);
    limiter.acquire("a");
    limiter.acquire("a");
    expect(() => limiter.acquire("a")).toThrow(
      expect.objectContaining({ extensions: expect.objectContaining({ code: "RATE_LIMITED" }) }),
    );
    expect(() => limiter.acquire("b")).not.toThrow();
    expect(limiter.inFlight("a")).toBe(2);
  });

  it("frees a slot when a request ends, once however often it is released", () => {
    const limiter = concurrencyLimiter(1);
    const release = limiter.acquire("a");
    release();
    release();
    expect(limiter.inFlight("a")).toBe(0);
    const again = limiter.acquire("a");
    expect(() => limiter.acquire("a")).toThrow();
    again();
    expect(limiter.inFlight("a")).toBe(0);
  });

  it("tells the client to retry in a second", () => {
    const limiter = concurrencyLimiter(1);
    limiter.acquire("a");
    try {
      limiter.acquire("a");
      throw new Error("not refused");
    } catch (error) {
      expect(error).toMatchObject({
        extensions: { code: "RATE_LIMITED", retryAfterSeconds: 1, http: { status: 429 } },
      });
    }
  });
});
