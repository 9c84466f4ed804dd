import Redis, { type RedisOptions } from "ioredis";
import { type ReportRedisError } from "./redis-errors";

/**
 * A connection to the Redis the gateway can run without. ioredis retries by itself; each failure
 * is reported (connect) instead of being thrown at a request.
 */
export function redisConnection(url: string, options: RedisOptions, report: ReportRedisError): Redis {
  const connection = new Redis(url, options);
  connection.on("error", (error: Error) => report("connect", error));
  return connection;
}

/**
 * Closes a connection whatever its state: QUIT when it is up, else stop retrying at once (a QUIT
 * sent to a Redis that is down would fail and leave ioredis reconnecting for ever).
 */
export async function closeRedis(connection: Redis): Promise<void> {
  if (connection.status === "ready") await connection.quit().catch(() => connection.disconnect());
  else connection.disconnect();
}
