import { beforeAll, describe, expect, it, vi } from "vitest";
import { GET as articleRoute } from "@/app/api/v1/articles/[slug]/route";
import { GET as articlesRoute, OPTIONS as articlesOptions } from "@/app/api/v1/articles/route";
import { articleListSchema, articleResponseSchema } from "@/lib/api/public/schemas";
import { db } from "@/lib/db/client";
import type { Article, User, Zone } from "@/lib/db/generated/client";
import { createArticle } from "@/tests/factories/articles";
import { uniqueSuffix } from "@/tests/factories/unique";
import { createUser } from "@/tests/factories/users";
import { createZone } from "@/tests/factories/zones";
import { call, ok, problemOf } from "./public-helpers";

// GET /api/v1/articles and /api/v1/articles/{slug} through the real handlers and queries.
// Next's cache functions are no-ops outside Next, so every call reads the database.
vi.mock("next/cache", () => ({ cacheLife: () => {}, cacheTag: () => {} }));

const MINUTE = 60_000;
const base = Date.now() - 1000 * MINUTE;
const at = (minutes: number) => new Date(base + minutes * MINUTE);

let zone: Zone;
let author: User;
let tag: { id: number; slug: string };
/** This zone's published articles, newest first. */
let published: Article[];

beforeAll(async () => {
  zone = await createZone();
  author = await createUser();
  const n = uniqueSuffix();
  tag = await db.tag.create({
    data: { slug: `api-tag-${n}`, name: `Api ${n}` },
    select: { id: true, slug: true },
  });
  published = [];
  for (let i = 0; i < 7; i++) {
    // Two articles at the same instant: the id decides their order.
    const article = await createArticle({
      zoneId: zone.id,
      authorId: i % 2 === 0 ? author.id : undefined,
      status: "PUBLISHED",
      publishedAt: at(i === 6 ? 5 : i),
    });
    published.unshift(article);
  }
  published.sort((a, b) => (b.publishedAt?.getTime() ?? 0) - (a.publishedAt?.getTime() ?? 0) || b.id - a.id);
  await db.articleTag.create({ data: { articleId: published[1]!.id, tagId: tag.id } });
  await db.articleTag.create({ data: { articleId: published[4]!.id, tagId: tag.id } });
  for (const status of ["DRAFT", "SUBMITTED", "REJECTED", "ARCHIVED"] as const) {
    await createArticle({ zoneId: zone.id, authorId: author.id, status, publishedAt: at(999) });
  }
});

const list = (query: string) => call(articlesRoute, `/api/v1/articles?${query}`);

describe("GET /api/v1/articles", () => {
  it("lists a zone's published articles newest first, in the documented shape", async () => {
    const body = await ok(await list(`zone=${zone.slug}`), articleListSchema);
    expect(body.data.map((a) => a.slug)).toEqual(published.map((a) => a.slug));
    expect(body.next).toBeNull();
    const first = body.data[0]!;
    expect(first.url).toBe(`http://localhost:3000/articles/${first.slug}`);
    expect(first.zone).toEqual({ slug: zone.slug, name: zone.name });
  });

  it("filters by author and by tag", async () => {
    const byAuthor = await ok(await list(`author=${author.username}&zone=${zone.slug}`), articleListSchema);
    expect(byAuthor.data.map((a) => a.slug)).toEqual(
      published.filter((a) => a.authorId === author.id).map((a) => a.slug),
    );
    expect(byAuthor.data.every((a) => a.author?.username === author.username)).toBe(true);
    const byTag = await ok(await list(`tag=${tag.slug}`), articleListSchema);
    expect(byTag.data.map((a) => a.slug)).toEqual([published[1]!.slug, published[4]!.slug]);
    expect(byTag.data[0]?.tags).toEqual([{ slug: tag.slug, name: expect.any(String) }]);
  });

  it("answers 404 naming a filter that matches nothing, 400 naming a malformed parameter", async () => {
    expect((await problemOf(await list("zone=no-such-zone"), 404)).detail).toMatch(/no zone “no-such-zone”/);
    expect((await problemOf(await list("author=nobody-here"), 404)).code).toBe("not-found");
    expect((await problemOf(await list("tag=no-such-tag"), 404)).code).toBe("not-found");
    for (const limit of ["0", "101", "abc", "2.5"]) {
      const problem = await problemOf(await list(`limit=${limit}`), 400);
      expect(problem.errors?.limit).toMatch(/1 to 100/);
    }
    for (const cursor of ["garbage", "eyJ4IjoxfQ", "%00", "x".repeat(300)]) {
      const problem = await problemOf(await list(`cursor=${cursor}`), 400);
      expect(Object.keys(problem.errors ?? {})).toEqual(["cursor"]);
    }
  });

  it("pages with cursors without gaps or duplicates while new articles are published", async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const response = await list(`zone=${zone.slug}&limit=3${cursor ? `&cursor=${cursor}` : ""}`);
      const body = await ok(response, articleListSchema);
      seen.push(...body.data.map((a) => a.slug));
      cursor = body.next;
      if (cursor) {
        expect(response.headers.get("link")).toBe(
          `<http://localhost:3000/api/v1/articles?zone=${zone.slug}&limit=3&cursor=${cursor}>; rel="next"`,
        );
      } else {
        expect(response.headers.get("link")).toBeNull();
      }
      // Someone publishes between two pages: newest of all, so it belongs before page one.
      await createArticle({ zoneId: zone.id, status: "PUBLISHED", publishedAt: new Date() });
      pages += 1;
    } while (cursor && pages < 10);
    expect(pages).toBe(3);
    expect(seen).toEqual(published.map((a) => a.slug));
  });

  it("answers If-None-Match with 304 until the list changes", async () => {
    const other = await createZone();
    await createArticle({ zoneId: other.id, status: "PUBLISHED" });
    const first = await list(`zone=${other.slug}`);
    const etag = first.headers.get("etag") ?? "";
    const again = await call(
      articlesRoute,
      `/api/v1/articles?zone=${other.slug}`,
      {},
      { "If-None-Match": etag },
    );
    expect(again.status).toBe(304);
    expect(again.headers.get("etag")).toBe(etag);
    expect(await again.text()).toBe("");
    await createArticle({ zoneId: other.id, status: "PUBLISHED" });
    const changed = await call(
      articlesRoute,
      `/api/v1/articles?zone=${other.slug}`,
      {},
      { "If-None-Match": etag },
    );
    expect(changed.status).toBe(200);
    expect(changed.headers.get("etag")).not.toBe(etag);
  });

  it("allows cross-origin GET after a preflight", () => {
    const response = articlesOptions();
    expect(response.status).toBe(204);
    expect(response.headers.get("access-control-allow-origin")).toBe("*");
    expect(response.headers.get("access-control-allow-methods")).toBe("GET, HEAD, OPTIONS");
    expect(response.headers.get("access-control-allow-headers")).toContain("If-None-Match");
  });
});

describe("GET /api/v1/articles/{slug}", () => {
  it("gives one published article with its HTML, tags and category", async () => {
    const article = published[1]!;
    const { data } = await ok(
      await call(articleRoute, `/api/v1/articles/${article.slug}`, { slug: article.slug }),
      articleResponseSchema,
    );
    expect(data).toMatchObject({ slug: article.slug, title: article.title, bodyHtml: article.bodyHtml });
    expect(data.tags.map((t) => t.slug)).toEqual([tag.slug]);
    expect(data.publishedAt).toBe(article.publishedAt?.toISOString());
  });

  it("never shows drafts or other unpublished articles, nor members' emails", async () => {
    const draft = await createArticle({ zoneId: zone.id, authorId: author.id, status: "DRAFT" });
    await problemOf(await call(articleRoute, `/api/v1/articles/${draft.slug}`, { slug: draft.slug }), 404);
    await problemOf(await call(articleRoute, "/api/v1/articles/nothing", { slug: "nothing" }), 404);
    const mine = published.find((a) => a.authorId === author.id)!;
    const text = await (
      await call(articleRoute, `/api/v1/articles/${mine.slug}`, { slug: mine.slug })
    ).text();
    expect(text).toContain(author.username);
    expect(text).not.toContain(author.email);
  });
});
