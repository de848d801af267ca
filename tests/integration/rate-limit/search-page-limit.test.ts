import { describe, expect, it } from "vitest";
import { consumeIpLimit, PUBLIC_LIMITS, rateLimitHeaders } from "@/lib/api/public/rate-limit";

// The search results page is counted per client address (components/search/search-page-state.ts).
describe("search page limit", () => {
  it("refuses the 61st search in a minute from one address, with the wait in Retry-After", async () => {
    const ip = `2001:db8::5e:${Math.floor(Math.random() * 0xffff).toString(16)}`;
    for (let i = 0; i < PUBLIC_LIMITS.search.points; i++) {
      expect((await consumeIpLimit(PUBLIC_LIMITS.search, ip)).allowed, `search ${i + 1}`).toBe(true);
    }
    const refused = await consumeIpLimit(PUBLIC_LIMITS.search, ip);
    expect(refused.allowed).toBe(false);
    const retryAfter = Number(rateLimitHeaders(PUBLIC_LIMITS.search, refused)["Retry-After"]);
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(60);
    expect((await consumeIpLimit(PUBLIC_LIMITS.search, `${ip}1`)).allowed).toBe(true);
  });
});
