import { parseFeed } from "@rowanmanning/feed-parser";
import { expect, test, type APIRequestContext } from "@playwright/test";
import { XMLParser, XMLValidator } from "fast-xml-parser";

// Feeds, sitemap and robots.txt as a feed reader or crawler gets them from the built app.
// The seed's catalog always has the Kubernetes zone in Cloud Architecture.
const ZONE = "kubernetes";
const CATEGORY = "cloud-architecture";

const FORMATS = [
  { file: "feed.xml", type: "application/rss+xml", kind: "rss" },
  { file: "atom.xml", type: "application/atom+xml", kind: "atom" },
  { file: "feed.json", type: "application/feed+json", kind: "json" },
] as const;

interface Read {
  title: string;
  links: string[];
}

/** Fetches a feed, checks status and type, and parses it like a reader would. */
async function readFeed(request: APIRequestContext, path: string, format: (typeof FORMATS)[number]) {
  const response = await request.get(path);
  expect(response.status(), path).toBe(200);
  expect(response.headers()["content-type"]).toBe(`${format.type}; charset=utf-8`);
  expect(response.headers()["cache-control"]).toMatch(/^public, max-age=\d+/);
  const body = await response.text();
  if (format.kind === "json") {
    const feed = JSON.parse(body) as { version: string; title: string; items: { url: string }[] };
    expect(feed.version).toBe("https://jsonfeed.org/version/1.1");
    return { title: feed.title, links: feed.items.map((i) => i.url) } satisfies Read;
  }
  expect(XMLValidator.validate(body)).toBe(true);
  const feed = parseFeed(body);
  expect(feed.meta.type).toBe(format.kind);
  return { title: feed.title ?? "", links: feed.items.map((i) => i.url ?? "") } satisfies Read;
}

/** The profile path of the author of the site's newest article (the seed's usernames vary). */
async function someAuthorPath(request: APIRequestContext): Promise<string> {
  const feed = (await (await request.get("/feed.json")).json()) as {
    items: { authors: { url?: string }[] }[];
  };
  const url = feed.items.flatMap((i) => i.authors).find((a) => a.url)?.url;
  expect(url).toBeTruthy();
  return new URL(url ?? "").pathname;
}

test.describe("feeds", () => {
  for (const format of FORMATS) {
    test(`the site, a zone, a category and an author publish ${format.kind}`, async ({
      request,
      baseURL,
    }) => {
      const site = await readFeed(request, `/${format.file}`, format);
      expect(site.links.length).toBeGreaterThan(0);
      expect(site.links.length).toBeLessThanOrEqual(50);
      for (const link of site.links) expect(link).toMatch(new RegExp(`^${baseURL}/articles/[^/]+$`));
      // The first item's link opens the article.
      expect((await request.get(site.links[0] ?? "")).status()).toBe(200);

      const zone = await readFeed(request, `/zones/${ZONE}/${format.file}`, format);
      expect(zone.title).toBe("Zonepress — Kubernetes");
      expect(zone.links.length).toBeGreaterThan(0);

      const category = await readFeed(request, `/categories/${CATEGORY}/${format.file}`, format);
      expect(category.title).toBe("Zonepress — Cloud Architecture");
      expect(category.links).toEqual(expect.arrayContaining(zone.links.slice(0, 1)));

      const author = await readFeed(request, `${await someAuthorPath(request)}/${format.file}`, format);
      expect(author.links.length).toBeGreaterThan(0);
    });
  }

  test("an unknown zone, category or author has no feed", async ({ request }) => {
    const rss = await request.get("/zones/no-such-zone/feed.xml");
    expect(rss.status()).toBe(404);
    expect(rss.headers()["content-type"]).toContain("text/plain");
    const json = await request.get("/categories/no-such-category/feed.json");
    expect(json.status()).toBe(404);
    expect(json.headers()["content-type"]).toContain("application/problem+json");
    expect((await request.get("/users/no-such-user/atom.xml")).status()).toBe(404);
  });

  test("a reader holding the current version gets 304 Not Modified", async ({ request }) => {
    const first = await request.get("/feed.xml");
    const etag = first.headers()["etag"];
    expect(etag).toBeTruthy();
    const again = await request.get("/feed.xml", { headers: { "If-None-Match": etag ?? "" } });
    expect(again.status()).toBe(304);
  });
});

test.describe("crawlers", () => {
  test("the sitemap lists the site's public pages with absolute URLs", async ({ request, baseURL }) => {
    const response = await request.get("/sitemap.xml");
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toContain("xml");
    const body = await response.text();
    expect(XMLValidator.validate(body)).toBe(true);
    const parsed = new XMLParser({ isArray: (name) => name === "url" }).parse(body) as {
      urlset: { url: { loc: string }[] };
    };
    const locs = parsed.urlset.url.map((u) => u.loc);
    expect(locs).toContain(`${baseURL}/`);
    expect(locs).toContain(`${baseURL}/zones/${ZONE}`);
    expect(locs).toContain(`${baseURL}/categories/${CATEGORY}`);
    const site = await readFeed(request, "/feed.xml", FORMATS[0]);
    expect(locs).toEqual(expect.arrayContaining(site.links));
    // The demo content fits in one file, so there is no index and no part files.
    expect((await request.get("/sitemap/0.xml")).status()).toBe(404);
  });

  test("robots.txt keeps crawlers out of private areas and names the sitemap", async ({
    request,
    baseURL,
  }) => {
    const response = await request.get("/robots.txt");
    expect(response.status()).toBe(200);
    const text = await response.text();
    for (const path of ["/editor", "/settings", "/api/", "/login", "/join"]) {
      expect(text).toContain(`Disallow: ${path}\n`);
    }
    expect(text).toContain(`Sitemap: ${baseURL}/sitemap.xml`);
  });
});
