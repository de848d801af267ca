import { parseFeed } from "@rowanmanning/feed-parser";
import { XMLValidator } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import type { FeedArticle, FeedScope } from "@/lib/db/feeds";
import { buildFeedDocument } from "@/lib/feeds/model";
import { feedContentType, renderFeed } from "@/lib/feeds/render";
import { robotsRules } from "@/lib/feeds/robots";

// Text an author or editor can type that breaks naive feed writers: markup characters in
// titles and names, CDATA terminators in code, and control characters pasted from elsewhere.
const SITE = { url: "https://zonepress.test", name: "Zonepress" };
const scope: FeedScope = {
  kind: "zone",
  key: "c-sharp",
  name: "C# & <.NET>",
  description: "",
  filter: { zoneId: 1 },
};
const tricky: FeedArticle = {
  id: 7,
  slug: "generics",
  title: "List<T> & friends ]]> explained",
  summary: 'Why "<T>" matters\u0007',
  bodyHtml:
    '<p>Use <code>a]]>b</code> and <code>c]]>d</code>.</p><p><a href="/zones/java">Java</a><img src="/images/demo/x.png" alt=""></p>',
  coverImageUrl: "/images/demo/cover.webp",
  publishedAt: new Date("2026-02-01T08:00:00Z"),
  updatedAt: new Date("2026-02-02T08:00:00Z"),
  author: { username: "ada", name: "Ada <Admin>" },
  zone: { slug: "c-sharp", name: "C# & <.NET>" },
  tags: [{ slug: "generics", name: "Generics<T>" }],
};
const doc = buildFeedDocument(scope, [tricky], SITE);

function decodeHtml(text: string): string {
  return text
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, "&");
}

describe("feed rendering", () => {
  it("writes RSS that stays well-formed and keeps the text", () => {
    const xml = renderFeed("rss", doc);
    expect(XMLValidator.validate(xml)).toBe(true);
    const feed = parseFeed(xml);
    expect(feed.title).toBe("Zonepress — C# & <.NET>");
    const [item] = feed.items;
    expect(item?.title?.replace(/\u200B/g, "")).toBe(tricky.title);
    expect(decodeHtml(item?.description ?? "")).toBe('Why "<T>" matters');
    expect(decodeHtml(item?.content ?? "")).toContain("<code>a]]>b</code> and <code>c]]>d</code>");
    expect(item?.content).toContain('href="https://zonepress.test/zones/java"');
    expect(item?.authors.map((a) => a.name)).toEqual(["Ada <Admin>"]);
    expect(item?.categories.map((c) => c.term)).toEqual(["C# & <.NET>", "Generics<T>"]);
    expect(item?.media[0]).toMatchObject({
      url: "https://zonepress.test/images/demo/cover.webp",
      mimeType: "image/webp",
    });
  });

  it("writes Atom whose html-typed title and summary decode to the original text", () => {
    const xml = renderFeed("atom", doc);
    expect(XMLValidator.validate(xml)).toBe(true);
    const feed = parseFeed(xml);
    expect(feed.language).toBe("en");
    const [item] = feed.items;
    expect(decodeHtml(item?.title ?? "")).toBe(tricky.title);
    expect(decodeHtml(item?.description ?? "")).toBe('Why "<T>" matters');
    expect(decodeHtml(item?.content ?? "")).toContain("<code>a]]>b</code> and <code>c]]>d</code>");
    expect(item?.authors[0]).toMatchObject({ name: "Ada <Admin>", url: "https://zonepress.test/users/ada" });
    // "<" cannot appear in an XML attribute; a look-alike keeps the category readable.
    expect(item?.categories.map((c) => c.label)).toEqual(["C# & \uFF1C.NET>", "Generics\uFF1CT>"]);
  });

  it("writes JSON Feed 1.1 with the raw text", () => {
    const json = JSON.parse(renderFeed("json", doc)) as Record<string, unknown> & {
      items: Record<string, unknown>[];
    };
    expect(json.version).toBe("https://jsonfeed.org/version/1.1");
    expect(json.items[0]).toMatchObject({
      id: "https://zonepress.test/articles/generics",
      title: tricky.title,
      summary: 'Why "<T>" matters',
      tags: ["C# & <.NET>", "Generics<T>"],
      authors: [{ name: "Ada <Admin>", url: "https://zonepress.test/users/ada" }],
      image: "https://zonepress.test/images/demo/cover.webp",
    });
  });

  it("names the content types the routes send", () => {
    expect(feedContentType("rss")).toBe("application/rss+xml; charset=utf-8");
    expect(feedContentType("atom")).toBe("application/atom+xml; charset=utf-8");
    expect(feedContentType("json")).toBe("application/feed+json; charset=utf-8");
  });
});

describe("robots.txt rules", () => {
  it("keeps crawlers out of private areas and names the sitemap absolutely", () => {
    const robots = robotsRules("https://zonepress.test");
    expect(robots.sitemap).toBe("https://zonepress.test/sitemap.xml");
    expect(robots.rules).toEqual({
      userAgent: "*",
      allow: "/",
      disallow: ["/editor", "/settings", "/api/", "/login", "/join"],
    });
  });
});
