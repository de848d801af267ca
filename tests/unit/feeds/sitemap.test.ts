import { XMLParser, XMLValidator } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import {
  parsePartFile,
  partSegments,
  sitemapIndex,
  sitemapPartCount,
  urlElement,
  urlset,
} from "@/lib/feeds/sitemap";

describe("sitemap split", () => {
  const counts = [
    { source: "static", count: 7 },
    { source: "zones", count: 0 },
    { source: "pages", count: 4 },
    { source: "articles", count: 23 },
  ];

  it("needs no index until the URLs exceed the limit", () => {
    expect(sitemapPartCount(10, 10)).toBe(0);
    expect(sitemapPartCount(11, 10)).toBe(2);
    expect(sitemapPartCount(34, 5)).toBe(7);
  });

  it("puts every URL in exactly one part, in source order, at most `limit` per part", () => {
    const limit = 5;
    const seen: string[] = [];
    for (let part = 0; part < sitemapPartCount(34, limit); part++) {
      const segments = partSegments(counts, part, limit);
      expect(segments.reduce((n, s) => n + s.limit, 0)).toBeLessThanOrEqual(limit);
      for (const s of segments) for (let i = 0; i < s.limit; i++) seen.push(`${s.source}:${s.offset + i}`);
    }
    const expected = counts.flatMap((c) => Array.from({ length: c.count }, (_, i) => `${c.source}:${i}`));
    expect(seen).toEqual(expected);
    expect(partSegments(counts, 7, limit)).toEqual([]);
  });

  it("accepts only canonical part file names", () => {
    expect(parsePartFile("0.xml")).toBe(0);
    expect(parsePartFile("12.xml")).toBe(12);
    for (const bad of ["01.xml", "-1.xml", "1.json", "1", "a.xml", "1.xml.xml", "99999999.xml"]) {
      expect(parsePartFile(bad), bad).toBeNull();
    }
  });

  it("writes well-formed urlsets and indexes with escaped locations", () => {
    const set = urlset([
      urlElement("https://z.test/search?a=1&b=<2>", new Date("2026-03-01T10:00:00Z")),
      urlElement("https://z.test/", null),
    ]);
    expect(XMLValidator.validate(set)).toBe(true);
    const parsed = new XMLParser().parse(set) as { urlset: { url: { loc: string; lastmod?: string }[] } };
    expect(parsed.urlset.url).toEqual([
      { loc: "https://z.test/search?a=1&b=<2>", lastmod: "2026-03-01T10:00:00.000Z" },
      { loc: "https://z.test/" },
    ]);
    const index = sitemapIndex(["https://z.test/sitemap/0.xml"]);
    expect(XMLValidator.validate(index)).toBe(true);
    expect(index).toContain("<sitemapindex");
  });
});
