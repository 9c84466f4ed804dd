import { randomUUID } from "node:crypto";
import { closeRedis, redisConnection } from "../redis/redis-connection";
import { type ReportRedisError } from "../redis/redis-errors";
import { type ReferenceCache } from "./reference-cache";

const CHANNEL = "frontera:reference-cache:invalidate";

/**
 * Gateway replicas sharing one Redis tell each other when a mutation went through one of them, so
 * no replica serves reference data older than the change. While Redis is unreachable, entries
 * still expire within their max-age; each failure is reported (counted and, now and then, logged).
 */
export async function shareInvalidations(cache: ReferenceCache, redisUrl: string, report: ReportRedisError) {
  const replica = randomUUID();
  const options = { maxRetriesPerRequest: 1, lazyConnect: true } as const;
  // The connections retry by themselves; entries expire meanwhile.
  const publisher = redisConnection(redisUrl, options, report);
  const subscriber = redisConnection(redisUrl, options, report);
  subscriber.on("message", (_channel: string, message: string) => {
    try {
      const { subgraph, from } = JSON.parse(message) as { subgraph: string; from: string };
      if (from !== replica) cache.invalidate(subgraph, { fromPeer: true });
    } catch (error) {
      report("message", error);
    }
  });
  try {
    await Promise.all([publisher.connect(), subscriber.connect()]);
    await subscriber.subscribe(CHANNEL);
  } catch (error) {
    report("subscribe", error);
  }
  // ioredis subscribes again after a reconnection only to channels it had subscribed to: a replica
  // that started while Redis was down subscribes when Redis is back (again is harmless).
  subscriber.on("ready", () => {
    subscriber.subscribe(CHANNEL).catch((error: unknown) => report("subscribe", error));
  });
  cache.onInvalidate = (subgraph) => {
    publisher
      .publish(CHANNEL, JSON.stringify({ subgraph, from: replica }))
      .catch((error: unknown) => report("publish", error));
  };
  return {
    close: async () => {
      await Promise.all([closeRedis(publisher), closeRedis(subscriber)]);
    },
  };
}
