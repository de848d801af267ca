import { describe, expect, it } from "vitest";
import { candidateQuerySchema } from "@/lib/curation/schema";
import { searchCurationCandidates } from "@/lib/db/curation-items";
import { createArticle } from "../../factories/articles";
import { createResource } from "../../factories/resources";
import { uniqueSuffix } from "../../factories/unique";

// The picker's search on the run's shared database: every title carries a token of this test's
// own, so rows other files create never match.

const HOUR = 3_600_000;
const search = (q: string, kind: "all" | "article" | "resource" = "all", articlesOnly = false) =>
  searchCurationCandidates(candidateQuerySchema.parse({ q, kind }), articlesOnly, new Date());

describe("picker search", () => {
  it("finds published articles and resources by any part of the title, ignoring case, newest first", async () => {
    const token = `Pickme${uniqueSuffix().replace(/-/g, "")}`;
    const base = Date.now() - 10 * HOUR;
    const older = await createArticle({
      status: "PUBLISHED",
      title: `Tuning ${token} pools`,
      publishedAt: new Date(base),
    });
    const newer = await createArticle({
      status: "PUBLISHED",
      title: `${token.toUpperCase()} in production`,
      publishedAt: new Date(base + HOUR),
    });
    const refcard = await createResource({
      kind: "REFCARD",
      title: `The ${token} Refcard`,
      publishedAt: new Date(base + 2 * HOUR),
    });
    await createArticle({ status: "DRAFT", title: `Draft about ${token}` });
    await createArticle({ status: "SUBMITTED", title: `Waiting ${token}` });
    await createArticle({ status: "ARCHIVED", title: `Archived ${token}` });
    await createResource({ title: `Upcoming ${token}`, publishedAt: new Date(Date.now() + HOUR) });
    await createResource({ title: `Unpublished ${token}`, publishedAt: null });

    const items = await search(token.slice(2, -1).toLowerCase());

    expect(items.map((item) => [item.kind, item.targetId])).toEqual([
      ["resource", refcard.id],
      ["article", newer.id],
      ["article", older.id],
    ]);
    expect(items[0]).toMatchObject({
      label: `Refcard #${refcard.number}`,
      url: `/refcards/${refcard.slug}`,
      published: true,
    });
    expect(items[1]).toMatchObject({
      label: "Article",
      url: `/articles/${newer.slug}`,
      summary: newer.summary,
    });
    expect((await search(token, "article")).map((item) => item.targetId)).toEqual([newer.id, older.id]);
    expect((await search(token, "resource")).map((item) => item.targetId)).toEqual([refcard.id]);
    // The home Spotlight shows articles only: resources are not offered there at all.
    expect((await search(token, "all", true)).map((item) => item.kind)).toEqual(["article", "article"]);
  });

  it("returns at most 20 results", async () => {
    const token = `Many${uniqueSuffix().replace(/-/g, "")}`;
    for (let i = 0; i < 23; i++) await createArticle({ status: "PUBLISHED", title: `${token} part ${i}` });
    expect(await search(token)).toHaveLength(20);
  });

  it("treats % and _ as the characters they are, not as wildcards", async () => {
    const token = `Pct${uniqueSuffix().replace(/-/g, "")}`;
    const literal = await createArticle({ status: "PUBLISHED", title: `${token} 100% uptime_goals` });
    await createArticle({ status: "PUBLISHED", title: `${token} 1000 uptimeXgoals` });

    expect((await search(`${token} 100%`)).map((item) => item.targetId)).toEqual([literal.id]);
    expect((await search("uptime_goals")).map((item) => item.targetId)).toEqual([literal.id]);
  });

  it("refuses an over-long query before it reaches the database", () => {
    const parsed = candidateQuerySchema.safeParse({ q: "x".repeat(101) });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.message).toBe("Search with at most 100 characters");
  });
});
