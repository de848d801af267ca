// The "use cache" handler for several app instances: next.config.ts sets it as
// `cacheHandlers.default` and `.remote` when REDIS_URL is set. Entries live in Redis, shared by
// every instance, with a time to live of the entry's `expire`; tag invalidation times are
// shared through ./redis-tags.mjs. Redis down: a read is a miss (the component renders from the
// database), a write is dropped, both within the command timeout, and the failure is logged.
import { markTags, pullTags, expirationOf, tagState, guarded, keyPrefix } from "./redis-tags.mjs";

const entryKey = (cacheKey) => `${keyPrefix()}entry:${cacheKey}`;
/** Sets still writing, per key: a get for that key waits for it (CacheHandler contract). */
const pendingSets = new Map();

async function streamToBuffer(stream) {
  const chunks = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk));
  return Buffer.concat(chunks);
}

function streamOf(buffer) {
  return new ReadableStream({
    start(controller) {
      controller.enqueue(new Uint8Array(buffer));
      controller.close();
    },
  });
}

const handler = {
  async get(cacheKey) {
    await pendingSets.get(cacheKey);
    const raw = await guarded("read", (client) => client.get(entryKey(cacheKey)), null);
    if (!raw) return undefined;
    const { value, ...entry } = JSON.parse(raw);
    // Like Next's own production handler: past `revalidate` is a miss, not a stale hit.
    if (Date.now() > entry.timestamp + entry.revalidate * 1000) return undefined;
    const state = tagState(entry.tags, entry.timestamp);
    if (state === "expired") return undefined;
    return {
      ...entry,
      revalidate: state === "stale" ? -1 : entry.revalidate,
      value: streamOf(Buffer.from(value, "base64")),
    };
  },

  async set(cacheKey, pendingEntry) {
    let done = () => {};
    pendingSets.set(cacheKey, new Promise((resolve) => (done = resolve)));
    try {
      const entry = await pendingEntry;
      // expire 0 is a dynamic entry: regenerated on every read, never served from a store.
      if (entry.expire === 0) return;
      const value = (await streamToBuffer(entry.value)).toString("base64");
      const { value: _stream, ...meta } = entry;
      const ttlMs = Math.max(1, Math.round(entry.expire * 1000));
      await guarded("write", (client) =>
        client.set(entryKey(cacheKey), JSON.stringify({ ...meta, value }), "PX", ttlMs),
      );
    } catch (error) {
      // An errored render stream: nothing to store; Next renders it again next time.
      void error;
    } finally {
      done();
      pendingSets.delete(cacheKey);
    }
  },

  refreshTags: pullTags,

  async getExpiration(tags) {
    return expirationOf(tags);
  },

  updateTags: markTags,
};

export default handler;
