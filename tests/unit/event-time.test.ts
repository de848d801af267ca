import { describe, expect, it } from "vitest";
import { eventToIcs, foldLine, icsDateTime, icsText } from "@/components/event/ics";
import { formatEventDateTime, formatEventWhen, zoneAbbreviation } from "@/components/event/event-time";
import { safeExternalUrl } from "@/components/event/external-url";

// The suite runs with TZ=America/Sao_Paulo (vitest.config.ts): these must all come out in the
// event's zone whatever the process's zone is.
describe("event times in the event's own zone", () => {
  const start = new Date(Date.UTC(2026, 2, 3, 8)); // 08:00 UTC, Tuesday 3 March 2026
  const end = new Date(Date.UTC(2026, 2, 3, 16));

  it.each([
    ["Europe/Berlin", "Tue, Mar 3, 2026, 9:00 AM – 5:00 PM CET"],
    ["America/Chicago", "Tue, Mar 3, 2026, 2:00 AM – 10:00 AM CST"],
    ["Asia/Kolkata", "Tue, Mar 3, 2026, 1:30 PM – 9:30 PM IST"],
    ["UTC", "Tue, Mar 3, 2026, 8:00 AM – 4:00 PM UTC"],
  ])("%s", (zone, expected) => {
    expect(formatEventWhen(start, end, zone)).toBe(expected);
  });

  it("shows both dates when the event crosses midnight in its zone", () => {
    expect(formatEventWhen(start, end, "Australia/Sydney")).toBe(
      "Tue, Mar 3, 2026, 7:00 PM AEDT – Wed, Mar 4, 2026, 3:00 AM AEDT",
    );
  });

  it("uses the abbreviation in force at the time (daylight saving)", () => {
    expect(zoneAbbreviation(new Date(Date.UTC(2026, 0, 15)), "Europe/Berlin")).toBe("CET");
    expect(zoneAbbreviation(new Date(Date.UTC(2026, 6, 15)), "Europe/Berlin")).toBe("CEST");
    expect(zoneAbbreviation(new Date(Date.UTC(2026, 6, 15)), "Europe/London")).toBe("BST");
    expect(zoneAbbreviation(new Date(Date.UTC(2026, 6, 15)), "America/New_York")).toBe("EDT");
    // Across the switch (29 March 2026 in Europe) the end gets its own abbreviation.
    expect(
      formatEventWhen(
        new Date(Date.UTC(2026, 2, 29, 0, 30)),
        new Date(Date.UTC(2026, 2, 29, 2, 30)),
        "Europe/Berlin",
      ),
    ).toBe("Sun, Mar 29, 2026, 1:30 AM CET – Sun, Mar 29, 2026, 4:30 AM CEST");
  });

  it("falls back to the GMT offset where English has no abbreviation", () => {
    expect(formatEventDateTime(start, "Asia/Tokyo")).toBe("Tue, Mar 3, 2026, 5:00 PM GMT+9");
  });

  it("shows only the start when there is no end, and UTC for an unknown zone", () => {
    expect(formatEventWhen(start, null, "Europe/Paris")).toBe("Tue, Mar 3, 2026, 9:00 AM CET");
    expect(formatEventWhen(start, end, "Mars/Olympus_Mons")).toBe("Tue, Mar 3, 2026, 8:00 AM – 4:00 PM UTC");
  });
});

/** Unfolds an iCalendar file (RFC 5545 §3.1) into its logical lines. */
function unfold(ics: string): string[] {
  return ics.replace(/\r\n /g, "").split("\r\n");
}

describe("iCalendar export", () => {
  const event = {
    id: 42,
    slug: "kubernetes-summit-berlin-2026-1",
    title: "Kubernetes Summit; Berlin, 2026",
    summary: "Talks, hallway conversations\nand a workshop about C:\\clusters.",
    startsAt: new Date(Date.UTC(2026, 2, 3, 8)),
    endsAt: new Date(Date.UTC(2026, 2, 3, 16, 30)),
    location: "Spreeufer Conference Hall, Berlin, Germany",
    onlineUrl: null,
    updatedAt: new Date(Date.UTC(2026, 1, 1, 12, 0, 5)),
  };
  const ics = eventToIcs(
    event,
    "https://zonepress.example/events/kubernetes-summit-berlin-2026-1",
    "zonepress.example",
  );
  const lines = unfold(ics);

  it("is a CRLF-terminated VCALENDAR with one VEVENT", () => {
    expect(ics.endsWith("\r\n")).toBe(true);
    expect(ics.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
    expect(lines.slice(0, 2)).toEqual(["BEGIN:VCALENDAR", "VERSION:2.0"]);
    expect(lines.filter((l) => l === "BEGIN:VEVENT")).toHaveLength(1);
    expect(lines.at(-2)).toBe("END:VCALENDAR");
    expect(lines).toContain("PRODID:-//Zonepress//Events//EN");
  });

  it("writes start and end in UTC whatever the process's zone", () => {
    expect(lines).toContain("DTSTART:20260303T080000Z");
    expect(lines).toContain("DTEND:20260303T163000Z");
    expect(lines).toContain("DTSTAMP:20260201T120005Z");
    expect(lines).toContain("UID:event-42@zonepress.example");
  });

  it("escapes text values", () => {
    expect(lines).toContain("SUMMARY:Kubernetes Summit\\; Berlin\\, 2026");
    expect(lines).toContain("LOCATION:Spreeufer Conference Hall\\, Berlin\\, Germany");
    const description = lines.find((l) => l.startsWith("DESCRIPTION:"));
    expect(description).toContain("conversations\\nand a workshop about C:\\\\clusters.");
    expect(description).toContain("https://zonepress.example/events/kubernetes-summit-berlin-2026-1");
  });

  it("folds long lines at 75 octets without splitting characters", () => {
    for (const physical of ics.split("\r\n"))
      expect(new TextEncoder().encode(physical).length).toBeLessThanOrEqual(75);
    const folded = foldLine(`SUMMARY:${"é".repeat(60)}`);
    expect(folded.split("\r\n ").join("")).toBe(`SUMMARY:${"é".repeat(60)}`);
    expect(folded.split("\r\n").every((l) => new TextEncoder().encode(l).length <= 75)).toBe(true);
  });

  it("leaves out DTEND when there is no end and uses the online link as location", () => {
    const online = unfold(
      eventToIcs(
        { ...event, endsAt: null, location: null, onlineUrl: "https://live.example/x" },
        "https://z/e",
        "z",
      ),
    );
    expect(online.some((l) => l.startsWith("DTEND"))).toBe(false);
    expect(online).toContain("LOCATION:https://live.example/x");
  });

  it("formats helpers per RFC 5545", () => {
    expect(icsDateTime(new Date(Date.UTC(2026, 11, 31, 23, 59, 59, 999)))).toBe("20261231T235959Z");
    expect(icsText("a,b;c\\d\r\ne")).toBe("a\\,b\\;c\\\\d\\ne");
  });
});

describe("external links on event pages", () => {
  it("links only absolute http(s) URLs", () => {
    expect(safeExternalUrl("https://events.example.com/register/x")).toBe(
      "https://events.example.com/register/x",
    );
    expect(safeExternalUrl(" http://example.com/a b ")).toBe("http://example.com/a%20b");
    for (const bad of [
      "javascript:alert(1)",
      "JavaScript:alert(1)",
      "data:text/html,<b>",
      "/relative",
      "",
      null,
    ]) {
      expect(safeExternalUrl(bad)).toBeNull();
    }
  });
});
