import { describe, expect, it } from "vitest";
import { consumeMemberLimit, MEMBER_LIMITS } from "@/lib/rate-limit/member";

// Counters in the run's PostgreSQL (rate_limit schema); each test counts for a member id of its own.
const memberId = () => 1_000_000 + Math.floor(Math.random() * 1_000_000);

async function spend(spec: (typeof MEMBER_LIMITS)[keyof typeof MEMBER_LIMITS], id: number, what: string) {
  for (let i = 0; i < spec.points; i++) {
    expect(await consumeMemberLimit(spec, id, what), `request ${i + 1} of ${spec.points}`).toBeNull();
  }
  return consumeMemberLimit(spec, id, what);
}

describe("limits per member", () => {
  it("refuses the 11th password change in an hour with 429, Retry-After and a problem document", async () => {
    const id = memberId();
    const refused = await spend(MEMBER_LIMITS.passwordChange, id, "password changes");
    expect(refused?.status).toBe(429);
    expect(refused?.headers.get("content-type")).toBe("application/problem+json");
    const wait = Number(refused?.headers.get("retry-after"));
    expect(wait).toBeGreaterThan(59 * 60);
    expect(wait).toBeLessThanOrEqual(60 * 60);
    const body = (await refused?.json()) as { code: string; detail: string };
    expect(body.code).toBe("throttled");
    expect(body.detail).toMatch(/^Too many password changes\. Try again in (59|60) minutes\.$/);
    // Another member is not affected.
    expect(await consumeMemberLimit(MEMBER_LIMITS.passwordChange, id + 1, "password changes")).toBeNull();
  });

  it("refuses the 91st markdown preview in a minute", async () => {
    const refused = await spend(MEMBER_LIMITS.preview, memberId(), "previews");
    expect(refused?.status).toBe(429);
    expect(Number(refused?.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(Number(refused?.headers.get("retry-after"))).toBeLessThanOrEqual(60);
  });
});
