import { createRequire } from "node:module";
import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, expect, it } from "vitest";

// The Redis "use cache" handler and shared tag times against the machine's Redis
// (127.0.0.1:6379; REDIS_URL overrides). Not answering is a failure, not a skip.

process.env.REDIS_KEY_PREFIX = `zp-test-${randomBytes(4).toString("hex")}:`;
const { default: handler } = await import("@/lib/cache/redis-use-cache-handler.mjs");
const tags = await import("@/lib/cache/redis-tags.mjs");
const { tagsManifest } = createRequire(import.meta.url)(
  "next/dist/server/lib/incremental-cache/tags-manifest.external.js",
) as { tagsManifest: Map<string, unknown> };

function entry(text: string, entryTags: string[], expire = 300) {
  return {
    value: new Response(text).body!,
    tags: entryTags,
    stale: 30,
    timestamp: Date.now(),
    expire,
    revalidate: expire,
  };
}

async function read(key: string): Promise<string | undefined> {
  const found = await handler.get(key, []);
  return found ? new Response(found.value).text() : undefined;
}

beforeAll(async () => {
  expect(
    await tags.guarded("ping", (client) => client.ping(), "no answer"),
    "Redis at REDIS_URL / 127.0.0.1:6379",
  ).toBe("PONG");
});

afterAll(async () => {
  const client = tags.redis();
  const keys = await client.keys(`${process.env.REDIS_KEY_PREFIX}*`);
  if (keys.length > 0) await client.del(...keys);
  client.disconnect();
});

it("stores an entry in Redis and gives it back with its tags", async () => {
  await handler.set("k-stored", Promise.resolve(entry("<p>hello</p>", ["home"])));
  expect(await read("k-stored")).toBe("<p>hello</p>");
  const raw = await tags.redis().get(`${process.env.REDIS_KEY_PREFIX}cache:entry:k-stored`);
  expect(JSON.parse(raw!)).toMatchObject({ tags: ["home"], expire: 300 });
});

it("makes an entry a miss once one of its tags is invalidated on another instance", async () => {
  await handler.set("k-tagged", Promise.resolve(entry("zone page", ["zone:java"])));
  await handler.set("k-other", Promise.resolve(entry("other zone", ["zone:go"])));
  await new Promise((resolve) => setTimeout(resolve, 5));
  await handler.updateTags(["zone:java"]);
  // This process forgets the time; it must come back from Redis, as on a second instance.
  tagsManifest.clear();
  expect(await read("k-tagged")).toBe("zone page");
  await handler.refreshTags();
  expect(await read("k-tagged")).toBeUndefined();
  expect(await read("k-other")).toBe("other zone");
  expect(await handler.getExpiration(["zone:java"])).toBeGreaterThan(0);
  expect(await handler.getExpiration(["zone:go"])).toBe(0);
});

it("marks an entry stale (served once, refreshed) when a tag is updated with durations", async () => {
  await handler.set("k-stale", Promise.resolve(entry("feed", ["feeds"])));
  await new Promise((resolve) => setTimeout(resolve, 5));
  await handler.updateTags(["feeds"], { expire: 60 });
  const found = await handler.get("k-stale", []);
  expect(found?.revalidate).toBe(-1);
});

it("lets Redis drop an entry after its expire time", async () => {
  await handler.set("k-short", Promise.resolve(entry("brief", [], 1)));
  const ttl = await tags.redis().pttl(`${process.env.REDIS_KEY_PREFIX}cache:entry:k-short`);
  expect(ttl).toBeGreaterThan(0);
  expect(ttl).toBeLessThanOrEqual(1_000);
  await new Promise((resolve) => setTimeout(resolve, 1_200));
  expect(await read("k-short")).toBeUndefined();
});

it("does not store a dynamic entry (expire 0)", async () => {
  await handler.set("k-dynamic", Promise.resolve(entry("per request", [], 0)));
  expect(await read("k-dynamic")).toBeUndefined();
});
