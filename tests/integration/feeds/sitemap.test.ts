import { XMLParser, XMLValidator } from "fast-xml-parser";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Article } from "@/lib/db/generated/client";
import { STATIC_PATHS } from "@/lib/feeds/sitemap";
import { createScratchDatabase, type ScratchDatabase } from "../../helpers/database";

// The sitemap lists every public URL of the site, so it is tested on a database of its own:
// on the shared run database other files add zones and articles while this one counts them.
// lib/db/client reads DATABASE_URL when first imported, hence the dynamic imports below.
const SITE = { url: "https://zonepress.test", name: "Zonepress" };

type Modules = {
  doc: typeof import("@/components/feed/sitemap-document");
  sitemap: typeof import("@/lib/db/sitemap");
};

let scratch: ScratchDatabase;
let m: Modules;
const expectedPaths: string[] = [];
const absentPaths: string[] = [];
let article: Article;

const parser = new XMLParser({ isArray: (name) => name === "url" || name === "sitemap" });

interface Url {
  loc: string;
  lastmod?: string;
}

function urlsOf(xml: string): Url[] {
  expect(XMLValidator.validate(xml)).toBe(true);
  const parsed = parser.parse(xml) as { urlset?: { url?: Url[] } };
  expect(parsed.urlset).toBeDefined();
  return parsed.urlset?.url ?? [];
}

beforeAll(async () => {
  scratch = await createScratchDatabase();
  process.env.DATABASE_URL = scratch.url;
  const { db } = await import("@/lib/db/client");
  const [where] = await db.$queryRaw<{ name: string }[]>`SELECT current_database() AS name`;
  expect(where?.name).toBe(scratch.name);
  const { createArticle } = await import("../../factories/articles");
  const { createUser } = await import("../../factories/users");
  const { createZone } = await import("../../factories/zones");
  m = { doc: await import("@/components/feed/sitemap-document"), sitemap: await import("@/lib/db/sitemap") };

  const zone = await createZone();
  const category = await db.category.findUniqueOrThrow({ where: { id: zone.categoryId } });
  const author = await createUser();
  const lurker = await createUser(); // no published article: no profile in the sitemap
  article = await createArticle({ zoneId: zone.id, authorId: author.id, status: "PUBLISHED" });
  const more = [];
  for (let i = 0; i < 6; i++) {
    more.push(await createArticle({ zoneId: zone.id, authorId: author.id, status: "PUBLISHED" }));
  }
  const unpublished = [];
  for (const status of ["DRAFT", "SUBMITTED", "CHANGES_REQUESTED", "REJECTED", "ARCHIVED"] as const) {
    unpublished.push(await createArticle({ zoneId: zone.id, authorId: lurker.id, status }));
  }
  const page = await db.page.create({ data: { slug: "about-sitemap", title: "About" } });
  const resource = (kind: "REFCARD" | "TREND_REPORT", slug: string, number: number | null, live: boolean) =>
    db.resource.create({ data: { kind, slug, number, title: slug, publishedAt: live ? new Date() : null } });
  await resource("REFCARD", "refcard-live", 1, true);
  await resource("REFCARD", "refcard-unpublished", 2, false);
  await resource("TREND_REPORT", "report-live", null, true);
  await db.event.create({ data: { slug: "event-one", title: "Event", startsAt: new Date() } });
  const video = (slug: string, providerId: string, live: boolean) =>
    db.video.create({
      data: { slug, title: slug, provider: "YOUTUBE", providerId, publishedAt: live ? new Date() : null },
    });
  await video("video-live", "abcdefghijk", true);
  await video("video-unpublished", "bcdefghijkl", false);

  expectedPaths.push(
    ...STATIC_PATHS,
    `/categories/${category.slug}`,
    `/zones/${zone.slug}`,
    `/pages/${page.slug}`,
    `/users/${author.username}`,
    "/refcards/refcard-live",
    "/trend-reports/report-live",
    "/events/event-one",
    "/videos/video-live",
    ...[article, ...more].map((a) => `/articles/${a.slug}`),
  );
  absentPaths.push(
    `/users/${lurker.username}`,
    "/refcards/refcard-unpublished",
    "/videos/video-unpublished",
    ...unpublished.map((a) => `/articles/${a.slug}`),
  );
}, 60_000);

afterAll(() => scratch?.drop());

describe("sitemap", () => {
  it("lists every public URL once, absolute, and nothing unpublished", async () => {
    const urls = urlsOf((await m.doc.loadSitemapRoot(1_000, SITE)).body);
    const locs = urls.map((u) => u.loc);
    expect(new Set(locs).size).toBe(locs.length);
    expect(locs.sort()).toEqual(expectedPaths.map((p) => `${SITE.url}${p}`).sort());
    for (const path of absentPaths) expect(locs).not.toContain(`${SITE.url}${path}`);
  });

  it("dates an article by its last update", async () => {
    const urls = urlsOf((await m.doc.loadSitemapRoot(1_000, SITE)).body);
    const entry = urls.find((u) => u.loc === `${SITE.url}/articles/${article.slug}`);
    expect(entry?.lastmod).toBe(article.updatedAt.toISOString());
  });

  it("serves no parts while everything fits in one file", async () => {
    expect(await m.doc.loadSitemapPart(0, 1_000, SITE)).toBeNull();
  });

  it("becomes an index of parts over the limit, every URL in exactly one part", async () => {
    const limit = 4;
    const index = (await m.doc.loadSitemapRoot(limit, SITE)).body;
    expect(XMLValidator.validate(index)).toBe(true);
    const parsed = parser.parse(index) as { sitemapindex?: { sitemap: { loc: string }[] } };
    const parts = parsed.sitemapindex?.sitemap.map((s) => s.loc) ?? [];
    expect(parts).toEqual(
      Array.from(
        { length: Math.ceil(expectedPaths.length / limit) },
        (_, i) => `${SITE.url}/sitemap/${i}.xml`,
      ),
    );

    const seen: string[] = [];
    for (let part = 0; part < parts.length; part++) {
      const doc = await m.doc.loadSitemapPart(part, limit, SITE);
      const urls = urlsOf(doc?.body ?? "");
      expect(urls.length).toBeGreaterThan(0);
      expect(urls.length).toBeLessThanOrEqual(limit);
      seen.push(...urls.map((u) => u.loc));
    }
    expect(seen.length).toBe(expectedPaths.length);
    expect([...seen].sort()).toEqual(expectedPaths.map((p) => `${SITE.url}${p}`).sort());
    expect(await m.doc.loadSitemapPart(parts.length, limit, SITE)).toBeNull();
  });

  it("walks a window of a source in keyset batches without gaps or repeats", async () => {
    const all: string[] = [];
    for await (const rows of m.sitemap.sitemapRows("articles", 0, 100)) all.push(...rows.map((r) => r.path));
    expect(all).toHaveLength(7);
    const windowed: string[] = [];
    for await (const rows of m.sitemap.sitemapRows("articles", 2, 4, 3)) {
      expect(rows.length).toBeLessThanOrEqual(3);
      windowed.push(...rows.map((r) => r.path));
    }
    expect(windowed).toEqual(all.slice(2, 6));
  });
});
