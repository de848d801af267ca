import { verify } from "@node-rs/argon2";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  DatabaseNotEmptyError,
  DEMO_LOGINS,
  isDatabaseEmpty,
  seedDatabase,
  type SeedSummary,
} from "@/prisma/seed/index";
import { createScratchDatabase, sql, type ScratchDatabase } from "../helpers/database";

const ARTICLES = 60;
const SEED = 4242;
const SEED_TIMEOUT = 180_000;

async function titlesInOrder(url: string): Promise<string[]> {
  const rows = await sql<{ title: string }>(url, `SELECT "title" FROM "Article" ORDER BY "id"`);
  return rows.map((row) => row.title);
}

describe("demo content seed", () => {
  let db: ScratchDatabase;
  let summary: SeedSummary;

  beforeAll(async () => {
    db = await createScratchDatabase();
    expect(await isDatabaseEmpty(db.url)).toBe(true);
    summary = await seedDatabase(db.url, { articles: ARTICLES, seed: SEED });
  }, SEED_TIMEOUT);
  afterAll(() => db?.drop());

  it("reports what it wrote and marks the database as no longer empty", async () => {
    expect(summary.published).toBeGreaterThanOrEqual(ARTICLES);
    expect(summary.articles).toBeGreaterThan(summary.published);
    expect(await isDatabaseEmpty(db.url)).toBe(false);
  });

  it("creates 6 categories and at least 24 zones, every zone described", async () => {
    const [counts] = await sql<{
      categories: number;
      zones: number;
      undescribed: number;
      emptyCategories: number;
    }>(
      db.url,
      `SELECT (SELECT count(*)::int FROM "Category") AS categories,
              (SELECT count(*)::int FROM "Zone") AS zones,
              (SELECT count(*)::int FROM "Zone" WHERE length(trim("description")) < 20) AS undescribed,
              (SELECT count(*)::int FROM "Category" c WHERE NOT EXISTS (SELECT 1 FROM "Zone" z WHERE z."categoryId" = c.id)) AS "emptyCategories"`,
    );
    expect(counts).toEqual({ categories: 6, zones: expect.any(Number), undescribed: 0, emptyCategories: 0 });
    expect(counts?.zones).toBeGreaterThanOrEqual(24);
  });

  it("publishes at least the requested number of rendered articles with headings and highlighted code", async () => {
    const rows = await sql<{
      id: number;
      bodyHtml: string;
      toc: unknown[];
      readingMinutes: number;
      categoryOk: boolean;
    }>(
      db.url,
      `SELECT a.id, a."bodyHtml", a.toc, a."readingMinutes", a."categoryId" = z."categoryId" AS "categoryOk"
       FROM "Article" a JOIN "Zone" z ON z.id = a."zoneId" WHERE a.status = 'PUBLISHED'`,
    );
    expect(rows.length).toBeGreaterThanOrEqual(ARTICLES);
    for (const row of rows) {
      expect(row.bodyHtml).toMatch(/<h2 id="[a-z0-9-]+">/);
      expect(row.bodyHtml).toMatch(/<pre tabindex="0"><code class="hljs language-[a-z]+">/);
      expect(row.bodyHtml).not.toMatch(/<script/i);
      expect(row.toc.length).toBeGreaterThan(3);
      expect(row.readingMinutes).toBeGreaterThanOrEqual(1);
      expect(row.categoryOk).toBe(true);
    }
  });

  it("has at least 40 authors, some of them with the Core badge", async () => {
    const [row] = await sql<{ authors: number; core: number }>(
      db.url,
      `SELECT count(DISTINCT u.id)::int AS authors, count(DISTINCT u.id) FILTER (WHERE u."isCore")::int AS core
       FROM "User" u JOIN "Article" a ON a."authorId" = u.id WHERE a.status = 'PUBLISHED'`,
    );
    expect(row?.authors).toBeGreaterThanOrEqual(40);
    expect(row?.core).toBeGreaterThan(0);
  });

  it("gives every article unique titles and slugs", async () => {
    const [dupes] = await sql<{ titles: number; slugs: number; total: number }>(
      db.url,
      `SELECT count(DISTINCT title)::int AS titles, count(DISTINCT slug)::int AS slugs, count(*)::int AS total FROM "Article"`,
    );
    expect(dupes?.titles).toBe(dupes?.total);
    expect(dupes?.slugs).toBe(dupes?.total);
  });

  it("keeps every likeCount equal to the number of likes, and has likes and recent views to rank by", async () => {
    const [row] = await sql<{ mismatched: number; likes: number; recentViews: number }>(
      db.url,
      `SELECT (SELECT count(*)::int FROM "Article" a
               WHERE a."likeCount" <> (SELECT count(*) FROM "ArticleLike" l WHERE l."articleId" = a.id)) AS mismatched,
              (SELECT count(*)::int FROM "ArticleLike") AS likes,
              (SELECT count(*)::int FROM "ArticleDailyView" WHERE day >= (now() AT TIME ZONE 'UTC')::date - 6) AS "recentViews"`,
    );
    expect(row).toEqual({ mismatched: 0, likes: expect.any(Number), recentViews: expect.any(Number) });
    expect(row?.likes).toBeGreaterThan(0);
    expect(row?.recentViews).toBeGreaterThan(0);
  });

  it("numbers Refcards uniquely from #1 and has Trend Reports with authors and zones", async () => {
    const refcards = await sql<{ number: number }>(
      db.url,
      `SELECT number FROM "Resource" WHERE kind = 'REFCARD' ORDER BY number`,
    );
    expect(refcards.length).toBeGreaterThanOrEqual(12);
    expect(refcards.map((r) => r.number)).toEqual(refcards.map((_, i) => i + 1));
    const reports = await sql<{ authors: number; zones: number; bodyHtml: string }>(
      db.url,
      `SELECT (SELECT count(*)::int FROM "ResourceAuthor" ra WHERE ra."resourceId" = r.id) AS authors,
              (SELECT count(*)::int FROM "ResourceZone" rz WHERE rz."resourceId" = r.id) AS zones, r."bodyHtml"
       FROM "Resource" r WHERE kind = 'TREND_REPORT'`,
    );
    expect(reports.length).toBeGreaterThanOrEqual(4);
    for (const report of reports) {
      expect(report.authors).toBeGreaterThan(0);
      expect(report.zones).toBeGreaterThan(0);
      expect(report.bodyHtml).toContain("<h2");
    }
  });

  it("has both upcoming and past events, and videos", async () => {
    const [row] = await sql<{ upcoming: number; past: number; videos: number }>(
      db.url,
      `SELECT count(*) FILTER (WHERE "startsAt" > now() AT TIME ZONE 'UTC')::int AS upcoming,
              count(*) FILTER (WHERE "startsAt" < now() AT TIME ZONE 'UTC')::int AS past,
              (SELECT count(*)::int FROM "Video") AS videos
       FROM "Event"`,
    );
    expect(row?.upcoming).toBeGreaterThan(0);
    expect(row?.past).toBeGreaterThan(0);
    expect(row?.videos).toBeGreaterThanOrEqual(8);
  });

  it("creates all 12 content pages, rendered", async () => {
    const rows = await sql<{ slug: string; bodyHtml: string }>(
      db.url,
      `SELECT slug, "bodyHtml" FROM "Page" ORDER BY slug`,
    );
    expect(rows.map((r) => r.slug)).toEqual(
      [
        "about",
        "advertise",
        "become-a-contributor",
        "community-research",
        "contact",
        "core-program",
        "how-to-post",
        "privacy",
        "submission-guidelines",
        "support",
        "terms",
        "writers-zone",
      ].sort(),
    );
    for (const row of rows) expect(row.bodyHtml).toMatch(/<h2 id=/);
  });

  it("creates the demo logins with their roles and working passwords", async () => {
    for (const login of DEMO_LOGINS) {
      const [user] = await sql<{ role: string; passwordHash: string }>(
        db.url,
        `SELECT role, "passwordHash" FROM "User" WHERE email = $1`,
        [login.email],
      );
      expect(user?.role).toBe(login.role);
      expect(user?.passwordHash).toMatch(/^\$argon2id\$/);
      expect(await verify(user?.passwordHash ?? "", login.password)).toBe(true);
      expect(await verify(user?.passwordHash ?? "", "wrong-password")).toBe(false);
    }
  });

  it("gives the member demo login an article in every state, with editor feedback where changes were requested", async () => {
    const rows = await sql<{ status: string; note: string | null }>(
      db.url,
      `SELECT a.status, e.note FROM "Article" a JOIN "User" u ON u.id = a."authorId"
       LEFT JOIN "ArticleEvent" e ON e."articleId" = a.id AND e."toStatus" = a.status
       WHERE u.email = 'member@zonepress.dev'`,
    );
    expect(new Set(rows.map((r) => r.status))).toEqual(
      new Set(["DRAFT", "SUBMITTED", "CHANGES_REQUESTED", "PUBLISHED", "REJECTED"]),
    );
    const feedback = rows.find((r) => r.status === "CHANGES_REQUESTED");
    expect(feedback?.note?.length).toBeGreaterThan(20);
  });

  it("refuses to seed a database that already has content, leaving it unchanged", async () => {
    await expect(seedDatabase(db.url, { articles: ARTICLES, seed: SEED })).rejects.toBeInstanceOf(
      DatabaseNotEmptyError,
    );
    const [row] = await sql<{ n: number }>(db.url, `SELECT count(*)::int AS n FROM "Article"`);
    expect(row?.n).toBe(summary.articles);
  });

  it(
    "generates the same content from the same seed, and --reset replaces it",
    async () => {
      const other = await createScratchDatabase();
      try {
        await seedDatabase(other.url, { articles: ARTICLES, seed: SEED });
        const expected = await titlesInOrder(db.url);
        expect(await titlesInOrder(other.url)).toEqual(expected);

        await seedDatabase(other.url, { articles: ARTICLES, seed: SEED + 1, reset: true });
        const reseeded = await titlesInOrder(other.url);
        expect(reseeded).toHaveLength(expected.length);
        expect(reseeded).not.toEqual(expected);
        const [users] = await sql<{ n: number; first: number }>(
          other.url,
          `SELECT count(*)::int AS n, min(id) AS first FROM "User"`,
        );
        expect(users?.first).toBe(1); // RESTART IDENTITY
      } finally {
        await other.drop();
      }
    },
    SEED_TIMEOUT,
  );
});
