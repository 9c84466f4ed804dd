import { type Logger } from "@frontera/service";
import { Counter, Registry } from "prom-client";
import { redisErrorReporter } from "../../../src/redis/redis-errors";

function reporter() {
  const registry = new Registry();
  const counter = new Counter({ name: "redis_errors", help: "test", labelNames: ["operation"], registers: [registry] });
  const lines: Array<Record<string, unknown>> = [];
  const log = { warn: (details: Record<string, unknown>) => lines.push(details) } as unknown as Logger;
  let now = 0;
  const report = redisErrorReporter(counter, log, () => now);
  const count = async (operation: string) =>
    (await counter.get()).values.find((value) => value.labels.operation === operation)?.value ?? 0;
  return { report, lines, count, advance: (ms: number) => (now += ms) };
}

describe("Redis failures", () => {
  it("are each counted, by operation", async () => {
    const { report, count } = reporter();
    for (let i = 0; i < 5; i += 1) report("rate_limit", new Error("down"));
    report("publish", new Error("down"));
    expect(await count("rate_limit")).toBe(5);
    expect(await count("publish")).toBe(1);
  });

  it("are logged once per 30 seconds per operation, with how many came in between", () => {
    const { report, lines, advance } = reporter();
    const error = new Error("connect ECONNREFUSED");
    for (let i = 0; i < 100; i += 1) report("rate_limit", error);
    report("connect", error);
    expect(lines).toEqual([
      expect.objectContaining({
        operation: "rate_limit",
        err: expect.objectContaining({ message: error.message }),
        failuresSinceLastLine: 0,
      }),
      expect.objectContaining({ operation: "connect", failuresSinceLastLine: 0 }),
    ]);
    advance(30_000);
    report("rate_limit", error);
    expect(lines).toHaveLength(3);
    expect(lines[2]).toMatchObject({ operation: "rate_limit", failuresSinceLastLine: 99 });
  });
});
