import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { eventually } from "@frontera/testing";
import { ReferenceCache } from "../../src/cache/reference-cache";
import { shareInvalidations } from "../../src/cache/reference-cache-peers";
import { type RedisOperation } from "../../src/redis/redis-errors";
import { freePort } from "../../../test/support/free-port";

// Two replicas' reference caches over a Redis of the test's own (redis-server, where installed):
// one that starts while Redis is down still hears the other's invalidations once Redis is up.
const haveRedis = spawnSync("redis-server", ["--version"]).status === 0;

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
    await eventually(() => {
      a.invalidate("agreements");
      expect(b.get("agreements", "key")).toBeUndefined();
    });
    await Promise.all(peers.map((peer) => peer.close()));
  });
});
