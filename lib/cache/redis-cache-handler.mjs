// Incremental cache (prerendered pages, route handlers) for several app instances: next.config.ts
// sets it as `cacheHandler` when REDIS_URL is set. Entries stay in each instance's own
// file-system cache (every instance runs the same build, so they hold the same prerenders);
// what must be one for the whole site is *when a tag was invalidated*, and that goes through
// Redis (./redis-tags.mjs): a revalidateTag on instance A makes B's copy a miss at B's next read.
import { createRequire } from "node:module";
import { markTags, pullTags } from "./redis-tags.mjs";

const require = createRequire(import.meta.url);
const FileSystemCache = require("next/dist/server/lib/incremental-cache/file-system-cache.js").default;

export default class RedisTaggedCacheHandler extends FileSystemCache {
  async get(...args) {
    await pullTags();
    return super.get(...args);
  }

  async revalidateTag(tags, durations) {
    // markTags writes the same in-process manifest FileSystemCache reads, then Redis.
    await markTags(typeof tags === "string" ? [tags] : tags, durations);
  }
}
