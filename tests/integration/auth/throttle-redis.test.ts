import { afterAll, describe, expect, it, vi } from "vitest";
import { uniqueSuffix } from "../../factories/unique";

// With REDIS_URL set the counters live in Redis (shared by every instance, DESIGN.md §6). The
// machine's Redis runs on loopback (ENVIRONMENT.md). Modules are loaded fresh so env() sees it.
process.env.REDIS_URL ??= "redis://127.0.0.1:6379";
vi.resetModules();
const throttle = await import("@/lib/auth/throttle");
const { Redis } = await import("ioredis");
const redis = new Redis(process.env.REDIS_URL);

afterAll(async () => {
  await redis.quit();
  const shared = (globalThis as { zonepressRedis?: { quit(): Promise<unknown> } }).zonepressRedis;
  await shared?.quit();
});

describe("login throttling on Redis", () => {
  it("keeps the counters in Redis and refuses the 6th attempt", async () => {
    const email = `redis-${uniqueSuffix()}@example.test`;
    const ip = "192.0.2.77";
    for (let i = 0; i < 5; i++) await throttle.recordLoginFailure(email, ip);
    expect((await throttle.checkLogin(email, ip)).allowed).toBe(false);
    expect(await redis.get(`login_account_ip:${email}|${ip}`)).toBe("5");
    expect(Number(await redis.pttl(`login_account_ip:${email}|${ip}`))).toBeGreaterThan(14 * 60 * 1000);
  });
});
