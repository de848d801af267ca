import { beforeAll, describe, expect, it } from "vitest";
import {
  getCurrentTrendReport,
  getPublishedResourceBySlug,
  listLatestResources,
  listRecentResourceSlugs,
  listResourcePage,
} from "@/lib/db/resources";
import { createResource } from "../../factories/resources";
import { createUser } from "../../factories/users";
import { createZone } from "../../factories/zones";

// Other test files share the database and create resources published "now". Every read here
// passes a fixed `now` in 1990 and our resources are published before it, so anything created
// by others at the real current time is in this test's future and cannot leak into assertions.
const NOW = new Date(Date.UTC(1990, 0, 1));
const MINUTE = 60_000;
const base = Date.UTC(1989, 0, 1);

describe("published Refcards and Trend Reports", () => {
  let zoneId: number;
  let otherZoneId: number;
  let authorId: number;
  const refcardSlugs: string[] = []; // newest first
  const refcardNumbers: number[] = [];
  let draftSlug: string;
  let scheduledSlug: string;
  let newestReportSlug: string;
  let olderReportSlug: string;
  let multiZoneSlug: string;

  beforeAll(async () => {
    zoneId = (await createZone()).id;
    otherZoneId = (await createZone()).id;
    authorId = (await createUser()).id;
    for (let i = 0; i < 45; i++) {
      // Pairs share a publish time so the id tie-breaker decides their order.
      const publishedAt = new Date(base + Math.floor(i / 2) * MINUTE);
      const refcard = await createResource({
        kind: "REFCARD",
        publishedAt,
        authorIds: [authorId],
        zoneIds: [zoneId],
      });
      refcardSlugs.unshift(refcard.slug);
      refcardNumbers.unshift(refcard.number ?? -1);
    }
    draftSlug = (await createResource({ publishedAt: null, authorIds: [authorId], zoneIds: [zoneId] })).slug;
    // Scheduled: publishedAt set but after NOW, so not public yet.
    scheduledSlug = (
      await createResource({
        publishedAt: new Date(NOW.getTime() + MINUTE),
        authorIds: [authorId],
        zoneIds: [zoneId],
      })
    ).slug;
    olderReportSlug = (
      await createResource({ kind: "TREND_REPORT", publishedAt: new Date(base), zoneIds: [otherZoneId] })
    ).slug;
    newestReportSlug = (
      await createResource({
        kind: "TREND_REPORT",
        publishedAt: new Date(base + 100 * MINUTE),
        zoneIds: [otherZoneId],
      })
    ).slug;
    await createResource({
      kind: "TREND_REPORT",
      publishedAt: new Date(NOW.getTime() + 1000),
      zoneIds: [otherZoneId],
    });
    multiZoneSlug = (
      await createResource({
        publishedAt: new Date(base - MINUTE),
        zoneIds: [(await createZone()).id, otherZoneId],
      })
    ).slug;
  });

  it("pages through every published Refcard exactly once, newest first, 20 a page", async () => {
    const pages = await Promise.all([1, 2, 3, 4].map((p) => listResourcePage("REFCARD", p, 20, NOW)));
    // 45 in our zone plus the older multi-zone Refcard.
    expect(pages.map((p) => p.resources.length)).toEqual([20, 20, 6, 0]);
    expect(pages[0]?.total).toBe(46);
    const slugs = pages.flatMap((p) => p.resources.map((r) => r.slug));
    expect(slugs).toEqual([...refcardSlugs, multiZoneSlug]);
  });

  it("gives each Refcard its number and Trend Reports none", async () => {
    const { resources } = await listResourcePage("REFCARD", 1, 20, NOW);
    expect(resources.map((r) => r.number)).toEqual(refcardNumbers.slice(0, 20));
    expect(resources.every((r) => r.kind === "REFCARD")).toBe(true);
    const reports = await listResourcePage("TREND_REPORT", 1, 20, NOW);
    expect(reports.resources.map((r) => r.slug)).toEqual([newestReportSlug, olderReportSlug]);
    expect(reports.resources.every((r) => r.number === null)).toBe(true);
  });

  it("never lists drafts or resources scheduled after now", async () => {
    const all = await listLatestResources({ limit: 500, now: NOW });
    const slugs = all.map((r) => r.slug);
    expect(slugs).not.toContain(draftSlug);
    expect(slugs).not.toContain(scheduledSlug);
    expect(await getPublishedResourceBySlug("REFCARD", draftSlug, NOW)).toBeNull();
    expect(await getPublishedResourceBySlug("REFCARD", scheduledSlug, NOW)).toBeNull();
    expect(await listRecentResourceSlugs("REFCARD", 500, NOW)).not.toContain(scheduledSlug);
    // Once its time has come, the scheduled one is public.
    const later = new Date(NOW.getTime() + 2 * MINUTE);
    expect((await getPublishedResourceBySlug("REFCARD", scheduledSlug, later))?.slug).toBe(scheduledSlug);
  });

  it("filters by kind and by any of several zones", async () => {
    const reports = await listLatestResources({
      kind: "TREND_REPORT",
      zoneIds: [otherZoneId],
      limit: 10,
      now: NOW,
    });
    expect(reports.map((r) => r.slug)).toEqual([newestReportSlug, olderReportSlug]);

    const inOther = await listLatestResources({ zoneIds: [otherZoneId], limit: 10, now: NOW });
    expect(inOther.map((r) => r.slug)).toEqual([newestReportSlug, olderReportSlug, multiZoneSlug]);
    expect(inOther.find((r) => r.slug === multiZoneSlug)?.zones).toHaveLength(2);

    const either = await listLatestResources({
      kind: "REFCARD",
      zoneIds: [zoneId, otherZoneId],
      limit: 3,
      now: NOW,
    });
    expect(either.map((r) => r.slug)).toEqual(refcardSlugs.slice(0, 3));

    expect(await listLatestResources({ zoneIds: [], limit: 10, now: NOW })).toEqual([]);
  });

  it("picks the newest published Trend Report as the current one", async () => {
    expect((await getCurrentTrendReport(NOW))?.slug).toBe(newestReportSlug);
    expect(await getCurrentTrendReport(new Date(base - 1))).toBeNull();
  });

  it("reads a published resource's preview, counts, authors in order and zones", async () => {
    const core = await createUser({ isCore: true, name: "Core Author" });
    const second = await createUser({ name: "Second Author" });
    const zone = await createZone({ name: "Preview Zone" });
    const created = await createResource({
      kind: "REFCARD",
      publishedAt: new Date(base),
      downloadCount: 1234,
      bodyHtml: "<h2>Section 1</h2><p>Stored preview.</p>",
      authorIds: [core.id, second.id],
      zoneIds: [zone.id],
    });
    const detail = await getPublishedResourceBySlug("REFCARD", created.slug, NOW);
    expect(detail).toMatchObject({
      slug: created.slug,
      number: created.number,
      bodyHtml: "<h2>Section 1</h2><p>Stored preview.</p>",
      downloadCount: 1234,
      zones: [{ slug: zone.slug, name: "Preview Zone" }],
    });
    expect(detail?.authors.map((a) => [a.name, a.isCore])).toEqual([
      ["Core Author", true],
      ["Second Author", false],
    ]);
  });

  it("returns null for an unknown slug or the wrong kind", async () => {
    expect(await getPublishedResourceBySlug("REFCARD", "no-such-resource", NOW)).toBeNull();
    expect(await getPublishedResourceBySlug("REFCARD", newestReportSlug, NOW)).toBeNull();
    expect((await getPublishedResourceBySlug("TREND_REPORT", newestReportSlug, NOW))?.kind).toBe(
      "TREND_REPORT",
    );
  });
});
