import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { ReferenceCache } from "../../src/cache/reference-cache";
import { shareInvalidations } from "../../src/cache/reference-cache-peers";
import { type RedisOperation } from "../../src/redis/redis-errors";
import { freePort } from "../../../test/support/free-port";

// Two replicas' reference caches over a Redis of the test's own (redis-server, where installed):
// one that starts while Redis is down still hears the other's invalidations once Redis is up.
const haveRedis = spawnSync("redis-server", ["--version"]).status === 0;

async function until(condition: () => boolean, what: string, timeoutMs = 15_000) {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

(haveRedis ? describe : describe.skip)("reference-cache invalidations between replicas", () => {
  let redis: ChildProcess | undefined;
  afterEach(() => redis?.kill());

  it("reach a replica that started while Redis was down, once Redis is back; the failures are reported", async () => {
    const port = await freePort();
    const url = `redis://127.0.0.1:${port}`;
    const reported: RedisOperation[] = [];
    const report = (operation: RedisOperation) => void reported.push(operation);
    const [a, b] = [new ReferenceCache(), new ReferenceCache()];
    const peers = [await shareInvalidations(a, url, report), await shareInvalidations(b, url, report)];
    expect(reported).toContain("subscribe");
    expect(reported).toContain("connect");

    redis = spawn("redis-server", ["--port", String(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"], {
      stdio: "ignore",
    });
    b.set("agreements", "key", { title: "MOU" }, 60);
    // A replica hears only what is published once it has subscribed: A tells again until B hears.
    await until(() => {
      a.invalidate("agreements");
      return b.get("agreements", "key") === undefined;
    }, "B to hear A's invalidation");
    await Promise.all(peers.map((peer) => peer.close()));
  });
});
