import "server-only";
import { Redis } from "ioredis";
import {
  RateLimiterPostgres,
  RateLimiterRedis,
  type IRateLimiterStoreOptions,
  type RateLimiterAbstract,
  type RateLimiterRes,
} from "rate-limiter-flexible";
import { RATE_LIMIT_SCHEMA, rateLimitPool } from "@/lib/db/rate-limit-pool";
import { env } from "@/lib/env";

// Where rate-limit counters live: Redis when REDIS_URL is set (shared by every instance, DESIGN.md
// §6), otherwise PostgreSQL, which every instance shares too. Never process memory: a limit that
// resets when a request lands on another instance is no limit.

export interface LimiterSpec {
  /** Key prefix; also the Postgres table name. */
  name: string;
  points: number;
  durationSeconds: number;
  /** Once exhausted, stay blocked this long (defaults to the rest of the window). */
  blockSeconds?: number;
}

const globalForRedis = globalThis as unknown as { zonepressRedis?: Redis };

/** The shared client, connected: with the offline queue off a command before "ready" fails. */
async function redisClient(url: string): Promise<Redis> {
  const client = (globalForRedis.zonepressRedis ??= new Redis(url, {
    // Fail fast instead of queueing attempts while Redis is down; the caller decides.
    enableOfflineQueue: false,
    maxRetriesPerRequest: 1,
  }));
  if (client.status !== "ready") {
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`Redis at REDIS_URL is not reachable`)), 5000);
      client.once("ready", () => {
        clearTimeout(timer);
        resolve();
      });
    });
  }
  return client;
}

const limiters = new Map<string, Promise<RateLimiterAbstract>>();

/** `spec` with its RATE_LIMITS override (lib/rate-limit/overrides.ts) applied, if it has one. */
export function effectiveSpec(spec: LimiterSpec): LimiterSpec {
  const override = env().RATE_LIMITS.get(spec.name);
  return override ? { ...spec, ...override } : spec;
}

export function limiter(spec: LimiterSpec): Promise<RateLimiterAbstract> {
  let existing = limiters.get(spec.name);
  if (!existing) {
    existing = createLimiter(effectiveSpec(spec)).catch((error: unknown) => {
      limiters.delete(spec.name);
      throw error;
    });
    limiters.set(spec.name, existing);
  }
  return existing;
}

export type LimitVerdict = { allowed: true } | { allowed: false; retryAfterSeconds: number };

/** Spends one point of `key` under `spec`; refused (with the wait) once the window's points are used. */
export async function consumeLimit(spec: LimiterSpec, key: string): Promise<LimitVerdict> {
  const limit = await limiter(spec);
  try {
    await limit.consume(key, 1);
    return { allowed: true };
  } catch (rejection) {
    // The library rejects with a RateLimiterRes when the points are used, with an Error on failure.
    if (rejection instanceof Error) throw rejection;
    const state = rejection as RateLimiterRes;
    return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(state.msBeforeNext / 1000)) };
  }
}

async function createLimiter(spec: LimiterSpec): Promise<RateLimiterAbstract> {
  const base: IRateLimiterStoreOptions = {
    storeClient: undefined,
    keyPrefix: spec.name,
    points: spec.points,
    duration: spec.durationSeconds,
    blockDuration: spec.blockSeconds ?? 0,
  };
  const redisUrl = env().REDIS_URL;
  if (redisUrl) return new RateLimiterRedis({ ...base, storeClient: await redisClient(redisUrl) });
  const pool = await rateLimitPool();
  return new Promise((resolve, reject) => {
    const created: RateLimiterPostgres = new RateLimiterPostgres(
      {
        ...base,
        storeClient: pool,
        schemaName: RATE_LIMIT_SCHEMA,
        tableName: spec.name.replace(/[^a-z0-9_]/g, "_"),
        clearExpiredByTimeout: true,
      },
      (error?: Error) => (error ? reject(error) : resolve(created)),
    );
  });
}
