import { randomUUID } from "node:crypto";
import Redis from "ioredis";
import { type ReferenceCache } from "./reference-cache";

const CHANNEL = "frontera:reference-cache:invalidate";

/**
 * Gateway replicas sharing one Redis tell each other when a mutation went through one of them, so
 * no replica serves reference data older than the change. While Redis is unreachable, entries
 * still expire within their max-age.
 */
export async function shareInvalidations(cache: ReferenceCache, redisUrl: string) {
  const replica = randomUUID();
  const options = { maxRetriesPerRequest: 1, lazyConnect: true } as const;
  const publisher = new Redis(redisUrl, options);
  const subscriber = new Redis(redisUrl, options);
  for (const connection of [publisher, subscriber]) {
    connection.on("error", () => {
      // the connection retries by itself; entries expire meanwhile
    });
  }
  subscriber.on("message", (_channel: string, message: string) => {
    const { subgraph, from } = JSON.parse(message) as { subgraph: string; from: string };
    if (from !== replica) cache.invalidate(subgraph, { fromPeer: true });
  });
  try {
    await Promise.all([publisher.connect(), subscriber.connect()]);
    await subscriber.subscribe(CHANNEL);
  } catch {
    // started without Redis: the replicas catch up when it is back (ioredis resubscribes)
  }
  cache.onInvalidate = (subgraph) => {
    publisher.publish(CHANNEL, JSON.stringify({ subgraph, from: replica })).catch(() => undefined);
  };
  return {
    close: async () => {
      await Promise.all([publisher.quit().catch(() => undefined), subscriber.quit().catch(() => undefined)]);
    },
  };
}
