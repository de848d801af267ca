import "server-only";
import { Redis } from "ioredis";

/**
 * One PING on a connection of its own, closed afterwards: the readiness probe must see whether a
 * new connection works now, not what a long-lived client remembers. Rejects when Redis at `url`
 * does not accept the connection or answers anything but PONG.
 */
export async function pingRedis(url: string, timeoutMs = 2000): Promise<void> {
  const client = new Redis(url, {
    lazyConnect: true,
    connectTimeout: timeoutMs,
    enableOfflineQueue: false,
    maxRetriesPerRequest: 0,
    retryStrategy: () => null, // one attempt; the next probe tries again
  });
  client.on("error", () => undefined); // reported by the rejected connect/ping below
  try {
    await client.connect();
    const answer = await client.ping();
    if (answer !== "PONG") throw new Error(`Redis answered ${answer} to PING`);
  } finally {
    client.disconnect();
  }
}
