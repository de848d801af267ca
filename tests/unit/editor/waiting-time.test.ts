import { describe, expect, it } from "vitest";
import { formatWaiting } from "@/components/editor/waiting-time";

const now = new Date(Date.UTC(2026, 2, 10, 12));
const ago = (ms: number) => new Date(now.getTime() - ms);
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

describe("formatWaiting", () => {
  it("says how long in the largest whole unit, never rounding up", () => {
    expect(formatWaiting(ago(3 * DAY + 23 * HOUR), now)).toBe("3 days");
    expect(formatWaiting(ago(1 * DAY), now)).toBe("1 day");
    expect(formatWaiting(ago(5 * HOUR + 59 * MINUTE), now)).toBe("5 hours");
    expect(formatWaiting(ago(1 * MINUTE), now)).toBe("1 minute");
  });

  it("calls anything under a minute (or a clock a little ahead) less than a minute", () => {
    expect(formatWaiting(ago(59_000), now)).toBe("less than a minute");
    expect(formatWaiting(ago(-5_000), now)).toBe("less than a minute");
  });
});
