import { afterAll, expect, it } from "vitest";

// Redis not answering: the "use cache" handler must not hang a request. Reads are misses (the
// page renders from the database), writes and invalidations resolve, each within about the
// command timeout.

process.env.REDIS_URL = "redis://127.0.0.1:1"; // nothing listens on port 1
process.env.REDIS_KEY_PREFIX = "zp-test-down:";
const { default: handler } = await import("@/lib/cache/redis-use-cache-handler.mjs");
const tags = await import("@/lib/cache/redis-tags.mjs");

afterAll(() => tags.redis().disconnect());

async function timed<T>(call: () => Promise<T>): Promise<{ result: T; ms: number }> {
  const started = Date.now();
  const result = await call();
  return { result, ms: Date.now() - started };
}

it("answers a miss, stores nothing and invalidates locally within the timeout when Redis is down", async () => {
  const limit = tags.COMMAND_TIMEOUT_MS + 1_500;
  const read = await timed(() => handler.get("k", []));
  expect(read.result).toBeUndefined();
  expect(read.ms).toBeLessThan(limit);
  const write = await timed(() =>
    handler.set(
      "k",
      Promise.resolve({
        value: new Response("x").body!,
        tags: ["home"],
        stale: 30,
        timestamp: Date.now(),
        expire: 60,
        revalidate: 60,
      }),
    ),
  );
  expect(write.ms).toBeLessThan(limit);
  const invalidate = await timed(() => handler.updateTags(["home"]));
  expect(invalidate.ms).toBeLessThan(limit);
  // This instance still honours its own invalidation.
  expect(await handler.getExpiration(["home"])).toBeGreaterThan(0);
  await expect(handler.refreshTags()).resolves.toBeUndefined();
});
