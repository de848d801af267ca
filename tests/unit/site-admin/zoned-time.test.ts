import { describe, expect, it } from "vitest";
import { fromWallTime, isKnownTimeZone, toWallTime } from "@/lib/site-admin/zoned-time";

// Wall-clock times in an event's zone ↔ instants. The test process runs in America/Sao_Paulo
// (vitest.config.ts), so any use of the machine's own zone would show up here.

const instant = (wall: string, zone: string) => {
  const result = fromWallTime(wall, zone);
  if (!result.ok) throw new Error(result.reason);
  return result.instant.toISOString();
};

describe("event times in the event's zone", () => {
  it("converts in summer and winter time", () => {
    expect(instant("2031-07-01T09:00", "Europe/Berlin")).toBe("2031-07-01T07:00:00.000Z");
    expect(instant("2031-01-15T09:00", "Europe/Berlin")).toBe("2031-01-15T08:00:00.000Z");
    expect(instant("2031-01-15T09:00", "Asia/Kolkata")).toBe("2031-01-15T03:30:00.000Z");
    expect(instant("2031-01-15T09:00", "UTC")).toBe("2031-01-15T09:00:00.000Z");
  });

  it("round-trips to the form's value", () => {
    for (const zone of ["Europe/Berlin", "America/New_York", "Australia/Sydney", "Pacific/Chatham"]) {
      for (const wall of ["2031-03-09T12:15", "2031-11-02T23:59", "2031-06-30T00:00"]) {
        expect(toWallTime(new Date(instant(wall, zone)), zone)).toBe(wall);
      }
    }
  });

  it("refuses a time the clocks skip, and takes the first of a time that happens twice", () => {
    expect(fromWallTime("2031-03-09T02:30", "America/New_York")).toEqual({
      ok: false,
      reason: "nonexistent",
    });
    // 01:30 on the night New York falls back happens at 05:30 UTC (EDT) and again at 06:30 (EST).
    expect(instant("2031-11-02T01:30", "America/New_York")).toBe("2031-11-02T05:30:00.000Z");
  });

  it("refuses dates that are not dates", () => {
    for (const wall of [
      "2031-02-31T10:00",
      "2031-13-01T10:00",
      "2031-01-01T24:00",
      "2031-01-01 10:00",
      "tomorrow",
    ]) {
      expect(fromWallTime(wall, "UTC"), wall).toEqual({ ok: false, reason: "malformed" });
    }
  });

  it("knows IANA zone names and nothing else", () => {
    expect(isKnownTimeZone("Europe/Berlin")).toBe(true);
    expect(isKnownTimeZone("UTC")).toBe(true);
    expect(isKnownTimeZone("Mars/Olympus_Mons")).toBe(false);
    expect(isKnownTimeZone("")).toBe(false);
  });
});
