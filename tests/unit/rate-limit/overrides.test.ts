import { describe, expect, it } from "vitest";
import { parseRateLimits, rateLimitsSchema } from "@/lib/rate-limit/overrides";

describe("RATE_LIMITS", () => {
  it("reads name=points/seconds entries", () => {
    const parsed = parseRateLimits("login_ip=1000/60, join_ip=500/3600,");
    expect(parsed).toEqual(
      new Map([
        ["login_ip", { points: 1000, durationSeconds: 60 }],
        ["join_ip", { points: 500, durationSeconds: 3600 }],
      ]),
    );
  });

  it("means no overrides when unset or empty", () => {
    expect(rateLimitsSchema.parse(undefined)).toEqual(new Map());
    expect(rateLimitsSchema.parse("")).toEqual(new Map());
  });

  it.each([
    ["login_ip=1000", '"login_ip=1000" must look like name=points/seconds'],
    ["login_ip=ten/60", '"login_ip=ten/60" must look like name=points/seconds'],
    ["Login=1/1", '"Login=1/1" must look like name=points/seconds'],
    ["login_ip=0/60", '"login_ip=0/60": points and seconds must be at least 1'],
    ["a=1/1,a=2/2", '"a" is given twice'],
  ])("refuses %s with a message naming the entry", (value, message) => {
    const result = rateLimitsSchema.safeParse(value);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toContain(message);
  });
});
