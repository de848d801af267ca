import { describe, expect, it } from "vitest";
import { fromLocalInput, toLocalInput } from "@/lib/curation/datetime";
import { entryState } from "@/lib/curation/entry-state";
import { fieldErrors } from "@/lib/http/problem";
import { slotUpdateSchema } from "@/lib/curation/schema";
import { shownEntries } from "@/lib/curation/shown";
import { parseSlotKey, slotAccepts, slotKeyOf } from "@/lib/curation/slots";
import type { CurationEntry } from "@/lib/curation/types";

const now = new Date(Date.UTC(2026, 11, 1, 12));
const HOUR = 3_600_000;
const at = (hours: number) => new Date(now.getTime() + hours * HOUR);

describe("slot keys", () => {
  it("name the home Spotlight, a category's and a zone's featured slot, and nothing else", () => {
    expect(parseSlotKey("home")).toEqual({ slot: "SPOTLIGHT", scope: "SITE", scopeId: null });
    expect(parseSlotKey("category-7")).toEqual({ slot: "FEATURED", scope: "CATEGORY", scopeId: 7 });
    expect(parseSlotKey("zone-12")).toEqual({ slot: "FEATURED", scope: "ZONE", scopeId: 12 });
    for (const bad of ["", "zone-0", "zone-07", "zone-x", "tag-1", "zone-2147483648", "home-1", " home"]) {
      expect(parseSlotKey(bad), bad).toBeNull();
    }
    expect(slotKeyOf(parseSlotKey("zone-12")!)).toBe("zone-12");
  });

  it("let only categories and zones feature resources", () => {
    expect(slotAccepts("home", "resource")).toBe(false);
    expect(slotAccepts("home", "article")).toBe(true);
    expect(slotAccepts("category-1", "resource")).toBe(true);
  });
});

describe("entryState", () => {
  it("is scheduled before the start, live from the start until the end, ended from the end on", () => {
    expect(entryState(at(1), null, now)).toBe("scheduled");
    expect(entryState(now, at(1), now)).toBe("live");
    expect(entryState(null, null, now)).toBe("live");
    expect(entryState(at(-2), now, now)).toBe("ended");
  });
});

describe("the slot schema", () => {
  const entry = { kind: "article", targetId: 1 } as const;

  it("names the entry whose end is not after its start, and the later copy of a duplicate", () => {
    const parsed = slotUpdateSchema.safeParse({
      version: "v",
      entries: [
        entry,
        { kind: "article", targetId: 2, startsAt: at(2).toISOString(), endsAt: at(1).toISOString() },
        { kind: "article", targetId: 3, startsAt: at(1).toISOString(), endsAt: at(1).toISOString() },
        entry,
        { kind: "resource", targetId: 1 },
      ],
    });
    expect(parsed.success).toBe(false);
    expect(fieldErrors(parsed.error!)).toEqual({
      "entries.1.endsAt": "The end must be after the start",
      "entries.2.endsAt": "The end must be after the start",
      "entries.3.targetId": "Already in this slot (entry 1)",
    });
  });

  it("holds at most 12 entries", () => {
    const entries = Array.from({ length: 13 }, (_, i) => ({ kind: "article", targetId: i + 1 }));
    const parsed = slotUpdateSchema.safeParse({ version: "v", entries });
    expect(fieldErrors(parsed.error!)).toEqual({
      entries: "A slot holds at most 12 entries; remove one before adding another",
    });
  });

  it("takes ISO instants with an offset and refuses anything else", () => {
    const ok = slotUpdateSchema.parse({
      version: "v",
      entries: [{ ...entry, startsAt: "2027-01-05T14:30:00.000-03:00" }],
    });
    expect(ok.entries[0]!.startsAt).toEqual(new Date("2027-01-05T17:30:00.000Z"));
    const bad = slotUpdateSchema.safeParse({ version: "v", entries: [{ ...entry, endsAt: "next tuesday" }] });
    expect(fieldErrors(bad.error!)).toEqual({ "entries.0.endsAt": "Enter a date and time" });
  });
});

describe("local date-time inputs", () => {
  it("round-trip an instant through the runtime's time zone (pinned to São Paulo in tests)", () => {
    expect(toLocalInput("2027-01-05T17:30:00.000Z")).toBe("2027-01-05T14:30");
    expect(fromLocalInput("2027-01-05T14:30")).toBe("2027-01-05T17:30:00.000Z");
    expect(fromLocalInput("")).toBeNull();
    expect(toLocalInput(null)).toBe("");
  });
});

describe("shownEntries", () => {
  const make = (targetId: number, over: Partial<CurationEntry> = {}): CurationEntry => ({
    kind: "article",
    targetId,
    title: `T${targetId}`,
    label: "Article",
    detail: "",
    summary: "",
    url: "/",
    published: true,
    startsAt: null,
    endsAt: null,
    ...over,
  });

  it("picks the first four live, published articles for the home page, in order", () => {
    const entries = [
      make(1, { startsAt: at(1).toISOString() }),
      make(2),
      make(3, { published: false }),
      make(4, { endsAt: at(-1).toISOString() }),
      make(5),
      make(6),
      make(7),
      make(8),
    ];
    expect(shownEntries("home", entries, now).map((e) => e.targetId)).toEqual([2, 5, 6, 7]);
  });

  it("counts articles and resources separately on a category page", () => {
    const entries = [
      make(1, { kind: "resource" }),
      make(2),
      make(3),
      make(4),
      make(5),
      make(6, { kind: "resource" }),
    ];
    expect(shownEntries("category-1", entries, now).map((e) => `${e.kind}${e.targetId}`)).toEqual([
      "resource1",
      "article2",
      "article3",
      "article4",
      "resource6",
    ]);
  });
});
