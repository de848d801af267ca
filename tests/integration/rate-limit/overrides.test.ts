import { describe, expect, it } from "vitest";

// RATE_LIMITS is read once, with the rest of the environment: set before anything reads env().
process.env.RATE_LIMITS = "preview_member=3/60";

const { consumeMemberLimit, MEMBER_LIMITS } = await import("@/lib/rate-limit/member");

describe("RATE_LIMITS overrides", () => {
  it("counts a limit with the overridden points, through the same code path", async () => {
    const id = 2_000_000 + Math.floor(Math.random() * 1_000_000);
    for (let i = 0; i < 3; i++)
      expect(await consumeMemberLimit(MEMBER_LIMITS.preview, id, "previews")).toBeNull();
    const refused = await consumeMemberLimit(MEMBER_LIMITS.preview, id, "previews");
    expect(refused?.status).toBe(429);
  });
});
