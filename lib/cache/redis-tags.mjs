// Cache-tag invalidation times shared by every app instance through Redis (docs/scaling.md).
// Plain .mjs, loaded by path by `next start` (next.config.ts cacheHandler / cacheHandlers),
// never bundled. Next keeps one in-process tags manifest that its file-system cache and the
// "use cache" handlers consult; this module writes each revalidateTag/updateTag to Redis and
// copies the other instances' ones into that manifest before a read, so a tag expired on
// instance A expires on instance B at B's next request.
//
// Redis down or slow: commands fail within COMMAND_TIMEOUT_MS (no offline queue), the failure
// is logged once per outage, and the instance carries on with its own manifest (pages are then
// as fresh as a single instance's, never a hung request).
import { createRequire } from "node:module";
import Redis from "ioredis";

const require = createRequire(import.meta.url);
const { tagsManifest } = require("next/dist/server/lib/incremental-cache/tags-manifest.external.js");

export const COMMAND_TIMEOUT_MS = 500;
const CLIENT_KEY = Symbol.for("zonepress.cache.redis");

/** Key prefix from REDIS_KEY_PREFIX (default "zp:"), so sites and test runs sharing a Redis never collide. */
export function keyPrefix() {
  return `${process.env.REDIS_KEY_PREFIX ?? "zp:"}cache:`;
}

const TAGS_KEY = () => `${keyPrefix()}tags`;
const VERSION_KEY = () => `${keyPrefix()}tags:version`;

let failing = false;

/** Logs the first failure of an outage as one JSON line (pino's shape), not every request's. */
export function reportFailure(what, error) {
  if (failing) return;
  failing = true;
  const msg = `Redis cache ${what} failed; serving from this instance's own cache until Redis answers`;
  console.error(JSON.stringify({ level: 50, time: Date.now(), msg, err: String(error?.message ?? error) }));
}

function reportRecovery() {
  if (!failing) return;
  failing = false;
  console.error(JSON.stringify({ level: 30, time: Date.now(), msg: "Redis cache answers again" }));
}

/** The process's one Redis client (every bundle and both handlers share it). */
export function redis() {
  globalThis[CLIENT_KEY] ??= new Redis(process.env.REDIS_URL ?? "redis://127.0.0.1:6379", {
    // Fail fast: a command while disconnected errors at once instead of waiting in a queue.
    enableOfflineQueue: false,
    maxRetriesPerRequest: 1,
    commandTimeout: COMMAND_TIMEOUT_MS,
    connectTimeout: 2_000,
    retryStrategy: (attempt) => Math.min(attempt * 200, 2_000),
  });
  const client = globalThis[CLIENT_KEY];
  if (!client.listenerCount("error")) client.on("error", (error) => reportFailure("connection", error));
  return client;
}

/**
 * Waits (at most COMMAND_TIMEOUT_MS) for a client that is still connecting: without an offline
 * queue, a command sent before the connection is up fails, and the first tag update after a
 * start would be lost.
 */
async function connected(client) {
  if (client.status === "ready") return;
  let timer;
  await Promise.race([
    new Promise((resolve) => client.once("ready", resolve)),
    new Promise((resolve) => (timer = setTimeout(resolve, COMMAND_TIMEOUT_MS))),
  ]).finally(() => clearTimeout(timer));
}

/** Runs a Redis call; on failure logs and returns `fallback`. */
export async function guarded(what, call, fallback) {
  try {
    const client = redis();
    await connected(client);
    const result = await call(client);
    reportRecovery();
    return result;
  } catch (error) {
    reportFailure(what, error);
    return fallback;
  }
}

let seenVersion = null;

/** Copies tag times other instances stored into the local manifest (one GET when nothing changed). */
export async function pullTags() {
  await guarded(
    "tag refresh",
    async (client) => {
      const version = await client.get(VERSION_KEY());
      if (version === seenVersion) return;
      const stored = await client.hgetall(TAGS_KEY());
      for (const [tag, json] of Object.entries(stored)) mergeTag(tag, JSON.parse(json));
      seenVersion = version;
    },
    undefined,
  );
}

function mergeTag(tag, remote) {
  const local = tagsManifest.get(tag) ?? {};
  const merged = { ...local };
  for (const field of ["stale", "expired"]) {
    if (typeof remote[field] === "number" && !(local[field] >= remote[field])) merged[field] = remote[field];
  }
  tagsManifest.set(tag, merged);
}

/**
 * Marks tags invalid now, like Next's own handlers do (no durations: expired now; durations:
 * stale now, expired after `expire` seconds), and stores the new times for the other instances.
 */
export async function markTags(tags, durations) {
  const now = Math.round(performance.timeOrigin + performance.now());
  const fields = {};
  for (const tag of tags) {
    const entry = { ...(tagsManifest.get(tag) ?? {}) };
    if (durations) {
      entry.stale = now;
      if (durations.expire !== undefined) entry.expired = now + durations.expire * 1000;
    } else {
      entry.expired = now;
    }
    tagsManifest.set(tag, entry);
    fields[tag] = JSON.stringify(entry);
  }
  if (tags.length === 0) return;
  await guarded(
    "tag update",
    (client) => client.multi().hset(TAGS_KEY(), fields).incr(VERSION_KEY()).exec(),
    undefined,
  );
}

/** Latest expiry among `tags` (0 when none was ever invalidated). */
export function expirationOf(tags) {
  return Math.max(0, ...tags.map((tag) => tagsManifest.get(tag)?.expired ?? 0));
}

/** Whether any tag expired after `timestamp` (entry is a miss) or went stale (serve once, refresh). */
export function tagState(tags, timestamp) {
  const now = performance.timeOrigin + performance.now();
  let stale = false;
  for (const tag of tags) {
    const entry = tagsManifest.get(tag);
    if (!entry) continue;
    if (typeof entry.expired === "number" && entry.expired <= now && entry.expired > timestamp)
      return "expired";
    if (typeof entry.stale === "number" && entry.stale > timestamp) stale = true;
  }
  return stale ? "stale" : "fresh";
}
