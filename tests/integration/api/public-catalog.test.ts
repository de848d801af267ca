import { beforeAll, describe, expect, it, vi } from "vitest";
import { GET as authorRoute } from "@/app/api/v1/authors/[username]/route";
import { GET as authorsRoute } from "@/app/api/v1/authors/route";
import { GET as categoryRoute } from "@/app/api/v1/categories/[slug]/route";
import { GET as categoriesRoute } from "@/app/api/v1/categories/route";
import { GET as eventRoute } from "@/app/api/v1/events/[slug]/route";
import { GET as eventsRoute } from "@/app/api/v1/events/route";
import { GET as resourceRoute } from "@/app/api/v1/resources/[slug]/route";
import { GET as resourcesRoute } from "@/app/api/v1/resources/route";
import { GET as videoRoute } from "@/app/api/v1/videos/[slug]/route";
import { GET as videosRoute } from "@/app/api/v1/videos/route";
import { GET as zoneRoute } from "@/app/api/v1/zones/[slug]/route";
import { encodeName } from "@/lib/api/public/cursor";
import * as schemas from "@/lib/api/public/schemas";
import type { Category, User, Zone } from "@/lib/db/generated/client";
import { createArticle } from "@/tests/factories/articles";
import { createEvent, createVideo } from "@/tests/factories/events-videos";
import { createResource } from "@/tests/factories/resources";
import { uniqueSuffix } from "@/tests/factories/unique";
import { createUser } from "@/tests/factories/users";
import { createCategory, createZone } from "@/tests/factories/zones";
import { call, ok, problemOf } from "./public-helpers";

// Every public endpoint besides articles, through the real handlers. Next's cache functions are
// no-ops outside Next.
vi.mock("next/cache", () => ({ cacheLife: () => {}, cacheTag: () => {} }));

const HOUR = 3_600_000;
const hoursFromNow = (hours: number) => new Date(Date.now() + hours * HOUR);

let category: Category;
let zone: Zone;
let emptyZone: Zone;

beforeAll(async () => {
  category = await createCategory({ position: -5000 });
  zone = await createZone({ categoryId: category.id, position: 1 });
  emptyZone = await createZone({ categoryId: category.id, position: 2 });
  await createArticle({ zoneId: zone.id, status: "PUBLISHED" });
  await createArticle({ zoneId: zone.id, status: "DRAFT" });
});

describe("categories and zones", () => {
  it("lists every category with its zones and their published-article counts", async () => {
    const body = await ok(await call(categoriesRoute, "/api/v1/categories"), schemas.categoryListSchema);
    expect(body.next).toBeNull();
    expect(body.data.find((c) => c.slug === category.slug)).toEqual({
      slug: category.slug,
      name: category.name,
      description: category.description,
      url: `http://localhost:3000/categories/${category.slug}`,
      zones: [
        {
          slug: zone.slug,
          name: zone.name,
          description: zone.description,
          url: `http://localhost:3000/zones/${zone.slug}`,
          articleCount: 1,
        },
        {
          slug: emptyZone.slug,
          name: emptyZone.name,
          description: emptyZone.description,
          url: `http://localhost:3000/zones/${emptyZone.slug}`,
          articleCount: 0,
        },
      ],
    });
  });

  it("gives one category and one zone by slug, 404 for others", async () => {
    const one = await ok(
      await call(categoryRoute, "/", { slug: category.slug }),
      schemas.categoryResponseSchema,
    );
    expect(one.data.zones.map((z) => z.slug)).toEqual([zone.slug, emptyZone.slug]);
    const zoneBody = await ok(await call(zoneRoute, "/", { slug: zone.slug }), schemas.zoneResponseSchema);
    expect(zoneBody.data.category).toEqual({
      slug: category.slug,
      name: category.name,
      url: `http://localhost:3000/categories/${category.slug}`,
    });
    await problemOf(await call(categoryRoute, "/", { slug: "no-such-category" }), 404);
    await problemOf(await call(zoneRoute, "/", { slug: "no-such-zone" }), 404);
  });
});

describe("resources", () => {
  let refcardSlug: string;
  let reportSlug: string;
  let hiddenSlug: string;

  beforeAll(async () => {
    refcardSlug = (
      await createResource({ kind: "REFCARD", zoneIds: [zone.id], publishedAt: hoursFromNow(-2) })
    ).slug;
    reportSlug = (
      await createResource({ kind: "TREND_REPORT", zoneIds: [zone.id], publishedAt: hoursFromNow(-1) })
    ).slug;
    hiddenSlug = (await createResource({ kind: "REFCARD", zoneIds: [zone.id], publishedAt: hoursFromNow(5) }))
      .slug;
  });

  it("lists a zone's published Refcards and Trend Reports newest first, one kind on request", async () => {
    const all = await ok(
      await call(resourcesRoute, `/api/v1/resources?zone=${zone.slug}`),
      schemas.resourceListSchema,
    );
    expect(all.data.map((r) => r.slug)).toEqual([reportSlug, refcardSlug]);
    const refcards = await ok(
      await call(resourcesRoute, `/api/v1/resources?zone=${zone.slug}&kind=refcard`),
      schemas.resourceListSchema,
    );
    expect(refcards.data.map((r) => [r.slug, r.kind, typeof r.number])).toEqual([
      [refcardSlug, "REFCARD", "number"],
    ]);
    expect(
      (await problemOf(await call(resourcesRoute, "/api/v1/resources?kind=ebook"), 400)).errors?.kind,
    ).toBeDefined();
  });

  it("gives one published resource with its preview; a scheduled one is not there yet", async () => {
    const { data } = await ok(
      await call(resourceRoute, "/", { slug: reportSlug }),
      schemas.resourceResponseSchema,
    );
    expect(data).toMatchObject({
      kind: "TREND_REPORT",
      number: null,
      url: `http://localhost:3000/trend-reports/${reportSlug}`,
    });
    expect(data.bodyHtml).toContain("Preview of");
    await problemOf(await call(resourceRoute, "/", { slug: hiddenSlug }), 404);
  });
});

describe("events", () => {
  const slugs: Record<string, string> = {};

  beforeAll(async () => {
    slugs.later = (await createEvent({ zoneId: zone.id, startsAt: hoursFromNow(48) })).slug;
    slugs.soon = (await createEvent({ zoneId: zone.id, startsAt: hoursFromNow(2) })).slug;
    // Started an hour ago, ends in an hour: still upcoming (people can join).
    slugs.running = (await createEvent({ zoneId: zone.id, startsAt: hoursFromNow(-1) })).slug;
    slugs.past = (await createEvent({ zoneId: zone.id, startsAt: hoursFromNow(-72) })).slug;
    slugs.older = (await createEvent({ zoneId: zone.id, startsAt: hoursFromNow(-96) })).slug;
  });

  it("lists upcoming events soonest first and past ones most recent first, a page at a time", async () => {
    const upcoming = await ok(
      await call(eventsRoute, `/api/v1/events?zone=${zone.slug}&limit=2`),
      schemas.eventListSchema,
    );
    expect(upcoming.data.map((e) => e.slug)).toEqual([slugs.running, slugs.soon]);
    const rest = await ok(
      await call(eventsRoute, `/api/v1/events?zone=${zone.slug}&limit=2&cursor=${upcoming.next}`),
      schemas.eventListSchema,
    );
    expect(rest.data.map((e) => e.slug)).toEqual([slugs.later]);
    expect(rest.next).toBeNull();
    const past = await ok(
      await call(eventsRoute, `/api/v1/events?zone=${zone.slug}&when=past`),
      schemas.eventListSchema,
    );
    expect(past.data.map((e) => e.slug)).toEqual([slugs.past, slugs.older]);
    expect(
      (await problemOf(await call(eventsRoute, "/api/v1/events?when=tomorrow"), 400)).errors?.when,
    ).toBeDefined();
  });

  it("gives one event with its description and registration link", async () => {
    const { data } = await ok(
      await call(eventRoute, "/", { slug: slugs.soon! }),
      schemas.eventResponseSchema,
    );
    expect(data).toMatchObject({ slug: slugs.soon, timezone: "Europe/Berlin", zone: { slug: zone.slug } });
    expect(data.registrationUrl).toMatch(/^https:\/\//);
    await problemOf(await call(eventRoute, "/", { slug: "no-such-event" }), 404);
  });
});

describe("videos", () => {
  it("lists published videos newest first and gives one by slug; scheduled ones are not there yet", async () => {
    const older = await createVideo({ zoneId: zone.id, publishedAt: hoursFromNow(-3) });
    const newer = await createVideo({ zoneId: zone.id, publishedAt: hoursFromNow(-1) });
    const scheduled = await createVideo({ zoneId: zone.id, publishedAt: hoursFromNow(3) });
    const body = await ok(
      await call(videosRoute, `/api/v1/videos?zone=${zone.slug}`),
      schemas.videoListSchema,
    );
    expect(body.data.map((v) => v.slug)).toEqual([newer.slug, older.slug]);
    const { data } = await ok(await call(videoRoute, "/", { slug: newer.slug }), schemas.videoResponseSchema);
    expect(data).toMatchObject({ provider: "YOUTUBE", providerId: newer.providerId, durationSeconds: 754 });
    await problemOf(await call(videoRoute, "/", { slug: scheduled.slug }), 404);
  });
});

describe("authors", () => {
  const prefix = `0-api-${uniqueSuffix()}`;
  let authors: User[];

  beforeAll(async () => {
    authors = [];
    for (const name of ["a", "b", "c"]) {
      const user = await createUser({ username: `${prefix}-${name}` });
      await createArticle({ authorId: user.id, status: "PUBLISHED" });
      authors.push(user);
    }
    await createArticle({ authorId: authors[1]!.id, status: "PUBLISHED" });
    // No published article, or suspended: not listed.
    const drafter = await createUser({ username: `${prefix}-ab` });
    await createArticle({ authorId: drafter.id, status: "DRAFT" });
    const suspended = await createUser({ username: `${prefix}-bb`, suspendedAt: new Date() });
    await createArticle({ authorId: suspended.id, status: "PUBLISHED" });
  });

  it("lists members with published articles by username, a page at a time", async () => {
    // Start just before this file's usernames; the run's other files have their own.
    const start = encodeName(prefix);
    const first = await ok(
      await call(authorsRoute, `/api/v1/authors?limit=2&cursor=${start}`),
      schemas.authorListSchema,
    );
    expect(first.data.map((a) => a.username)).toEqual([authors[0]!.username, authors[1]!.username]);
    expect(first.data[1]?.publishedArticleCount).toBe(2);
    const second = await ok(
      await call(authorsRoute, `/api/v1/authors?limit=2&cursor=${first.next}`),
      schemas.authorListSchema,
    );
    expect(second.data[0]?.username).toBe(authors[2]!.username);
  });

  it("gives one member's public profile without private fields", async () => {
    const author = authors[0]!;
    const response = await call(authorRoute, "/", { username: author.username });
    const text = await response.clone().text();
    const { data } = await ok(response, schemas.authorResponseSchema);
    expect(data).toMatchObject({ username: author.username, name: author.name, publishedArticleCount: 1 });
    expect(data.feedUrl).toBe(`http://localhost:3000/users/${author.username}/feed.xml`);
    expect(text).not.toContain(author.email);
    expect(text).not.toMatch(/"(email|role|passwordHash|id)"/);
    await problemOf(await call(authorRoute, "/", { username: `${prefix}-bb` }), 404);
  });
});
