import { beforeAll, describe, expect, it } from "vitest";
import { analyseQuery, searchContent, type SearchHit } from "@/lib/db/search";
import type { Zone } from "@/lib/db/generated/client";
import { MARK_START } from "@/lib/search/highlight";
import { SEARCH_PAGE_SIZE, type SearchType } from "@/lib/search/query";
import { createArticle } from "@/tests/factories/articles";
import { createEvent, createVideo } from "@/tests/factories/events-videos";
import { createResource } from "@/tests/factories/resources";
import { createZone } from "@/tests/factories/zones";
import { markedWords, nonceWord } from "./helpers";

// Ranking and matching through the real SQL: what readers notice about search results.

const DAY = 86_400_000;
const now = new Date();
const daysAgo = (days: number) => new Date(now.getTime() - days * DAY);

let zone: Zone;
let otherZone: Zone;

async function search(q: string, options: { type?: SearchType; zoneId?: number; page?: number } = {}) {
  expect(await analyseQuery(q)).toEqual({ searchable: true });
  return searchContent({
    q,
    type: options.type ?? null,
    zoneId: options.zoneId ?? null,
    page: options.page ?? 1,
    pageSize: SEARCH_PAGE_SIZE,
    // The factories publish "now"; searching a moment later must see it.
    now: new Date(),
  });
}

const slugs = (hits: SearchHit[]) => hits.map((hit) => hit.slug);

beforeAll(async () => {
  zone = await createZone();
  otherZone = await createZone();
});

describe("ranking", () => {
  const word = nonceWord();
  const slug: Record<string, string> = {};

  beforeAll(async () => {
    const filler = "Plenty of other words about deployments, dashboards and on-call rotations.";
    slug.inTitle = (
      await createArticle({
        zoneId: zone.id,
        status: "PUBLISHED",
        publishedAt: daysAgo(400),
        title: `Operating ${word} clusters`,
        bodyMarkdown: filler,
      })
    ).slug;
    // The word ten times in the body, none in the title or summary, and much newer.
    slug.inBody = (
      await createArticle({
        zoneId: zone.id,
        status: "PUBLISHED",
        publishedAt: daysAgo(1),
        title: "Notes from the platform team",
        bodyMarkdown: `${filler} ${`We moved to ${word} last spring. `.repeat(10)}`,
      })
    ).slug;
  });

  it("ranks a title match above a body match, even an older one", async () => {
    const { hits, counts } = await search(word);
    expect(slugs(hits)).toEqual([slug.inTitle, slug.inBody]);
    expect(counts.articles).toBe(2);
  });

  it("marks the matched words in the title and the snippet", async () => {
    const { hits } = await search(word);
    const [title, body] = hits;
    expect(markedWords(title?.title ?? "")).toEqual([word]);
    expect(markedWords(body?.title ?? "")).toEqual([]);
    expect(markedWords(body?.snippet ?? "")).toContain(word);
    expect(body?.snippet).toContain(`We moved to ${MARK_START}`);
  });

  it("prefers the newer of two equally good matches (the recency boost)", async () => {
    const other = nonceWord();
    const old = await createArticle({
      zoneId: zone.id,
      status: "PUBLISHED",
      publishedAt: daysAgo(900),
      title: `The ${other} guide`,
    });
    const fresh = await createArticle({
      zoneId: zone.id,
      status: "PUBLISHED",
      publishedAt: daysAgo(2),
      title: `The ${other} guide`,
    });
    expect(slugs((await search(other)).hits)).toEqual([fresh.slug, old.slug]);
  });
});

describe("query syntax", () => {
  const word = nonceWord();
  const excluded = nonceWord();
  const alternative = nonceWord();
  const slug: Record<string, string> = {};

  beforeAll(async () => {
    const article = async (name: string, title: string, body: string) => {
      slug[name] = (
        await createArticle({ zoneId: zone.id, status: "PUBLISHED", title, bodyMarkdown: body })
      ).slug;
    };
    await article("phrase", `${word} pipelines`, `How ${word} pipelines ${alternative} fail.`);
    await article("apart", `Pipelines for ${word}`, `Every pipeline needs care; ${word} is no exception.`);
    await article("excluded", `${word} without ${excluded}`, `Why we left ${excluded} behind.`);
    await article("alternative", `Only ${alternative}`, "Nothing else here.");
  });

  it("finds every article with all the words", async () => {
    expect(new Set(slugs((await search(`${word} pipelines`)).hits))).toEqual(
      new Set([slug.phrase, slug.apart]),
    );
  });

  it("leaves out articles with an -excluded word, wherever it appears", async () => {
    const { hits, counts } = await search(`${word} -${excluded}`);
    expect(slugs(hits)).not.toContain(slug.excluded);
    expect(new Set(slugs(hits))).toEqual(new Set([slug.phrase, slug.apart]));
    expect(counts.articles).toBe(2);
  });

  it('matches a "quoted phrase" only with its words next to each other, in order', async () => {
    expect(slugs((await search(`"${word} pipelines"`)).hits)).toEqual([slug.phrase]);
    expect(slugs((await search(`"pipelines ${word}"`)).hits)).toEqual([]);
  });

  it("matches either word around or", async () => {
    expect(new Set(slugs((await search(`${excluded} or ${alternative}`)).hits))).toEqual(
      new Set([slug.excluded, slug.alternative, slug.phrase]),
    );
  });
});

describe("what is searched", () => {
  const word = nonceWord();
  const ids: Record<string, number> = {};

  beforeAll(async () => {
    for (const status of ["DRAFT", "SUBMITTED", "CHANGES_REQUESTED", "REJECTED", "ARCHIVED"] as const) {
      await createArticle({ zoneId: zone.id, status, title: `${word} ${status.toLowerCase()}` });
    }
    ids.article = (
      await createArticle({ zoneId: zone.id, status: "PUBLISHED", title: `${word} article` })
    ).id;
    ids.elsewhere = (
      await createArticle({ zoneId: otherZone.id, status: "PUBLISHED", title: `${word} elsewhere` })
    ).id;
    ids.refcard = (
      await createResource({ kind: "REFCARD", zoneIds: [zone.id], title: `${word} cheat sheet` })
    ).id;
    ids.report = (
      await createResource({ kind: "TREND_REPORT", zoneIds: [zone.id], title: `${word} report` })
    ).id;
    await createResource({
      kind: "REFCARD",
      zoneIds: [zone.id],
      title: `${word} unpublished`,
      publishedAt: null,
    });
    await createResource({
      kind: "REFCARD",
      zoneIds: [zone.id],
      title: `${word} scheduled`,
      publishedAt: new Date(now.getTime() + DAY),
    });
    ids.event = (await createEvent({ zoneId: zone.id, title: `${word} meetup` })).id;
    ids.video = (await createVideo({ zoneId: zone.id, title: `${word} talk` })).id;
    await createVideo({
      zoneId: zone.id,
      title: `${word} premiere`,
      publishedAt: new Date(now.getTime() + DAY),
    });
  });

  it("covers published articles, Refcards, Trend Reports, events and videos — never drafts or scheduled items", async () => {
    const { hits, counts } = await search(word);
    expect(counts).toEqual({ articles: 2, refcards: 1, "trend-reports": 1, events: 1, videos: 1 });
    expect(new Set(hits.map((hit) => `${hit.type}:${hit.id}`))).toEqual(
      new Set([
        `articles:${ids.article}`,
        `articles:${ids.elsewhere}`,
        `refcards:${ids.refcard}`,
        `trend-reports:${ids.report}`,
        `events:${ids.event}`,
        `videos:${ids.video}`,
      ]),
    );
  });

  it("narrows to one type, and counts every type for the filters", async () => {
    const { hits, counts } = await search(word, { type: "refcards" });
    expect(hits.map((hit) => hit.id)).toEqual([ids.refcard]);
    expect(hits[0]?.number).not.toBeNull();
    expect(counts.articles).toBe(2);
  });

  it("narrows to one zone", async () => {
    const { hits, counts } = await search(word, { zoneId: otherZone.id });
    expect(hits.map((hit) => `${hit.type}:${hit.id}`)).toEqual([`articles:${ids.elsewhere}`]);
    expect(counts).toEqual({ articles: 1, refcards: 0, "trend-reports": 0, events: 0, videos: 0 });
    expect(hits[0]?.zone).toEqual({ slug: otherZone.slug, name: otherZone.name });
  });
});

describe("pages", () => {
  it("pages through every match once, 20 at a time", async () => {
    const word = nonceWord();
    const created: string[] = [];
    for (let i = 0; i < 25; i++) {
      created.push(
        (
          await createArticle({
            zoneId: zone.id,
            status: "PUBLISHED",
            publishedAt: daysAgo(i),
            title: `${word} part ${i}`,
          })
        ).slug,
      );
    }
    const first = await search(word);
    const second = await search(word, { page: 2 });
    expect(first.hits).toHaveLength(20);
    expect(second.hits).toHaveLength(5);
    expect(first.ranked).toBe(25);
    expect(new Set([...slugs(first.hits), ...slugs(second.hits)])).toEqual(new Set(created));
    expect((await search(word, { page: 3 })).hits).toEqual([]);
  });
});
