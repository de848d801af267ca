import { beforeAll, describe, expect, it } from "vitest";
import { loadFeed } from "@/components/feed/feed-document";
import { db } from "@/lib/db/client";
import type { FeedScopeKind } from "@/lib/db/feeds";
import type { Article, Category, User, Zone } from "@/lib/db/generated/client";
import type { FeedFormat } from "@/lib/feeds/links";
import { createArticle } from "../../factories/articles";
import { uniqueSuffix } from "../../factories/unique";
import { createUser } from "../../factories/users";
import { createCategory, createZone } from "../../factories/zones";
import { readFeed, type ReadFeed } from "./feed-helpers";

// Every scope × format through the real queries and a real feed parser. The run's database is
// shared with other test files, so this file's articles are published in the 24th century:
// they are then the newest on the whole site and the site feed can be asserted exactly.
const SITE = { url: "https://zonepress.test", name: "Zonepress" };
const FORMATS: FeedFormat[] = ["rss", "atom", "json"];
const BASE = Date.UTC(2300, 0, 1);
const minutes = (n: number) => new Date(BASE + n * 60_000);

let category: Category;
let zone: Zone;
let otherZone: Zone;
let author: User;
let otherAuthor: User;
/** Every published article of this file, newest first by (publishedAt, id). */
let published: Article[] = [];
const hidden: Article[] = [];
let showcase: Article;
let orphan: Article;
let tags: { slug: string; name: string }[];

function newestFirst(a: Article, b: Article): number {
  return (b.publishedAt?.getTime() ?? 0) - (a.publishedAt?.getTime() ?? 0) || b.id - a.id;
}

const articleUrl = (a: Article) => `${SITE.url}/articles/${a.slug}`;

async function feed(kind: FeedScopeKind, key: string | null, format: FeedFormat): Promise<ReadFeed> {
  const rendered = await loadFeed(kind, key, format, SITE);
  expect(rendered, `${kind} ${key} ${format}`).not.toBeNull();
  return readFeed(format, rendered?.body ?? "");
}

beforeAll(async () => {
  category = await createCategory();
  zone = await createZone({ categoryId: category.id });
  otherZone = await createZone({ categoryId: category.id });
  author = await createUser();
  otherAuthor = await createUser();
  const n = uniqueSuffix();
  tags = [
    { slug: `feeds-tag-a-${n}`, name: `Alpha ${n}` },
    { slug: `feeds-tag-b-${n}`, name: `Beta ${n}` },
  ];
  const tagRows = await Promise.all(tags.map((data) => db.tag.create({ data })));

  // 51 by the author in the zone, two of them published at the same instant (id decides).
  for (let i = 0; i < 51; i++) {
    const at = minutes(i === 50 ? 49 : i);
    published.push(
      await createArticle({ zoneId: zone.id, authorId: author.id, status: "PUBLISHED", publishedAt: at }),
    );
  }
  showcase = await createArticle({
    zoneId: zone.id,
    authorId: author.id,
    status: "PUBLISHED",
    title: "Generics: List<T> & friends",
    publishedAt: minutes(200),
    updatedAt: minutes(300),
    coverImageUrl: "/images/demo/cache-tiers.svg",
    bodyHtml:
      '<h2 id="why">Why</h2><p>The whole body, not an excerpt: <a href="/zones/java">Java</a>, ' +
      '<a href="#why">back up</a>, <a href="https://example.com/x" rel="nofollow">elsewhere</a>.</p>' +
      '<p><img src="/images/demo/event-flow.svg" alt="Flow"></p><pre><code>kubectl get pods</code></pre>',
    tags: { create: tagRows.map((tag) => ({ tagId: tag.id })) },
  });
  orphan = await createArticle({
    zoneId: zone.id,
    authorId: null,
    status: "PUBLISHED",
    publishedAt: minutes(150),
  });
  published.push(showcase, orphan);
  for (let i = 0; i < 2; i++) {
    published.push(
      await createArticle({
        zoneId: otherZone.id,
        authorId: otherAuthor.id,
        status: "PUBLISHED",
        publishedAt: minutes(100 + i),
      }),
    );
  }
  // Newer than everything published, so a missing status filter would put them first.
  const late = minutes(10_000);
  for (const status of ["DRAFT", "SUBMITTED", "CHANGES_REQUESTED", "REJECTED", "ARCHIVED"] as const) {
    hidden.push(await createArticle({ zoneId: zone.id, authorId: author.id, status, publishedAt: late }));
  }
  // Approved and scheduled: still SUBMITTED until the publish job runs.
  hidden.push(
    await createArticle({ zoneId: zone.id, authorId: author.id, status: "SUBMITTED", scheduledFor: late }),
  );
  published = published.sort(newestFirst);
});

const scopes: { name: string; kind: FeedScopeKind; key: () => string | null; expected: () => Article[] }[] = [
  { name: "site", kind: "site", key: () => null, expected: () => published },
  { name: "category", kind: "category", key: () => category.slug, expected: () => published },
  {
    name: "zone",
    kind: "zone",
    key: () => zone.slug,
    expected: () => published.filter((a) => a.zoneId === zone.id),
  },
  {
    name: "author",
    kind: "user",
    key: () => author.username,
    expected: () => published.filter((a) => a.authorId === author.id),
  },
];

describe.each(scopes)("the $name feed", ({ kind, key, expected }) => {
  it.each(FORMATS)(
    "%s lists the 50 newest published articles, newest first, with absolute links",
    async (format) => {
      const read = await feed(kind, key(), format);
      const want = expected().slice(0, 50);
      expect(expected().length).toBeGreaterThan(50);
      expect(read.items.map((i) => i.url)).toEqual(want.map(articleUrl));
      expect(read.items.map((i) => i.id)).toEqual(want.map(articleUrl));
      const hiddenUrls = new Set(hidden.map(articleUrl));
      expect(read.items.filter((i) => hiddenUrls.has(i.url ?? ""))).toEqual([]);
      expect(read.language).toBe("en");
    },
  );
});

describe("feed items", () => {
  it.each(FORMATS)("%s carries the full body HTML with every link and image absolute", async (format) => {
    const item = (await feed("zone", zone.slug, format)).items.find((i) => i.url === articleUrl(showcase));
    expect(item?.content).toContain("The whole body, not an excerpt");
    expect(item?.content).toContain("kubectl get pods");
    expect(item?.content).toContain(`href="${SITE.url}/zones/java"`);
    expect(item?.content).toContain(`href="${articleUrl(showcase)}#why"`);
    expect(item?.content).toContain(`src="${SITE.url}/images/demo/event-flow.svg"`);
    expect(item?.content).toContain('href="https://example.com/x"');
    expect(item?.content).not.toMatch(/(href|src)="\//);
  });

  it.each(FORMATS)(
    "%s names the author, the zone and tags, both dates and the cover image",
    async (format) => {
      const item = (await feed("zone", zone.slug, format)).items.find((i) => i.url === articleUrl(showcase));
      expect(item?.authors).toEqual([author.name]);
      expect(item?.categories).toEqual([zone.name, ...tags.map((t) => t.name)]);
      expect(item?.published).toBe(minutes(200).toISOString());
      // RSS has no per-item update date; readers fall back to the publish date.
      expect(item?.updated).toBe((format === "rss" ? minutes(200) : minutes(300)).toISOString());
      expect(item?.image).toBe(`${SITE.url}/images/demo/cache-tiers.svg`);
    },
  );

  it.each(FORMATS)("%s keeps markup characters of a title as text", async (format) => {
    const item = (await feed("zone", zone.slug, format)).items.find((i) => i.url === articleUrl(showcase));
    // Atom titles are type="html": a reader decodes the entities to the same text.
    const title = format === "atom" ? item?.title?.replace(/&lt;/g, "<").replace(/&amp;/g, "&") : item?.title;
    expect(title).toBe("Generics: List<T> & friends");
  });

  it.each(FORMATS)('%s shows a deleted account\'s article as by "Former member"', async (format) => {
    const item = (await feed("zone", zone.slug, format)).items.find((i) => i.url === articleUrl(orphan));
    expect(item?.authors).toEqual(["Former member"]);
  });
});

describe("feed channels", () => {
  it.each(FORMATS)("%s of a zone is titled after it and links its page and itself", async (format) => {
    const read = await feed("zone", zone.slug, format);
    const self = { rss: "feed.xml", atom: "atom.xml", json: "feed.json" }[format];
    expect(read.title).toBe(`Zonepress — ${zone.name}`);
    expect(read.homeUrl).toBe(`${SITE.url}/zones/${zone.slug}`);
    expect(read.self).toBe(`${SITE.url}/zones/${zone.slug}/${self}`);
    // The newest change among its items: the showcase article, edited after publishing.
    if (format !== "json") expect(read.updated).toBe(minutes(300).toISOString());
  });

  it.each(FORMATS)("%s of an author and of a category name them", async (format) => {
    expect((await feed("user", author.username, format)).title).toBe(`Zonepress — ${author.name}`);
    expect((await feed("category", category.slug, format)).homeUrl).toBe(
      `${SITE.url}/categories/${category.slug}`,
    );
  });

  it("gives an author with few articles exactly those", async () => {
    const read = await feed("user", otherAuthor.username, "json");
    expect(read.items.map((i) => i.url)).toEqual(
      published.filter((a) => a.authorId === otherAuthor.id).map(articleUrl),
    );
  });

  it.each(FORMATS)("%s is not found for an unknown category, zone or user", async (format) => {
    const missing = `no-such-${uniqueSuffix()}`;
    for (const kind of ["category", "zone", "user"] as const) {
      expect(await loadFeed(kind, missing, format, SITE)).toBeNull();
    }
  });
});
