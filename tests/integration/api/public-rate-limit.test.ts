import { describe, expect, it, vi } from "vitest";
import { GET as articlesRoute } from "@/app/api/v1/articles/route";
import { GET as categoriesRoute } from "@/app/api/v1/categories/route";
import { PUBLIC_LIMITS } from "@/lib/api/public/rate-limit";
import { limiter } from "@/lib/rate-limit/store";
import { apiRequest, freshIp, problemOf } from "./public-helpers";

// The public API is anonymous, so it is limited per client address (TRUSTED_PROXY_HOPS from the
// right of X-Forwarded-For), shared by every endpoint. Next's cache functions are no-ops here.
vi.mock("next/cache", () => ({ cacheLife: () => {}, cacheTag: () => {} }));

const { points, durationSeconds } = PUBLIC_LIMITS.api;
const context = { params: Promise.resolve({}) };

describe(`the public API's limit of ${points} requests a minute per address`, () => {
  it("tells every caller where they stand", async () => {
    const ip = freshIp();
    const response = await categoriesRoute(apiRequest("/api/v1/categories", {}, ip), context);
    expect(response.status).toBe(200);
    expect(response.headers.get("ratelimit-policy")).toBe(`${points};w=${durationSeconds}`);
    expect(response.headers.get("ratelimit")).toMatch(
      new RegExp(`^limit=${points}, remaining=${points - 1}, reset=\\d+$`),
    );
    expect(response.headers.get("access-control-expose-headers")).toContain("RateLimit");
  });

  it("answers 429 with Retry-After once an address used its minute, on every endpoint, and only for it", async () => {
    const ip = freshIp();
    await (await limiter(PUBLIC_LIMITS.api)).penalty(ip, points);
    for (const [handler, path] of [
      [categoriesRoute, "/api/v1/categories"],
      [articlesRoute, "/api/v1/articles"],
    ] as const) {
      const response = await handler(apiRequest(path, {}, ip), context);
      const problem = await problemOf(response, 429);
      expect(problem.code).toBe("throttled");
      const retryAfter = Number(response.headers.get("retry-after"));
      expect(retryAfter).toBeGreaterThanOrEqual(1);
      expect(retryAfter).toBeLessThanOrEqual(durationSeconds);
      expect(response.headers.get("ratelimit")).toMatch(/remaining=0/);
    }
    const neighbour = await categoriesRoute(apiRequest("/api/v1/categories", {}, freshIp()), context);
    expect(neighbour.status).toBe(200);
  });
});
