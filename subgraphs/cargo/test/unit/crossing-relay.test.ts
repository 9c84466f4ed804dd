import { CROSSING_RELAY_TIMING, retryDelayMs } from "../../src/crossing-event/crossing-relay";

describe("the crossing relay's backoff", () => {
  it("waits 1 s after a first failure, doubling with each further one, never more than a minute", () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8, 20].map((attempts) => retryDelayMs(attempts))).toEqual([
      1_000, 2_000, 4_000, 8_000, 16_000, 32_000, 60_000, 60_000, 60_000,
    ]);
    expect(retryDelayMs(100, { ...CROSSING_RELAY_TIMING, maxRetryMs: 5_000 })).toBe(5_000);
  });
});
