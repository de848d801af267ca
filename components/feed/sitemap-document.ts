import { countSitemapSources, SITEMAP_SOURCES, sitemapRows, type SitemapSource } from "@/lib/db/sitemap";
import type { SiteInfo } from "@/lib/feeds/model";
import { siteInfo } from "@/lib/feeds/site";
import {
  partPath,
  partSegments,
  SITEMAP_URL_LIMIT,
  sitemapIndex,
  sitemapPartCount,
  STATIC_PATHS,
  urlElement,
  urlset,
  type SourceCount,
} from "@/lib/feeds/sitemap";
import { withEtag, type RenderedDocument } from "./feed-document";

// /sitemap.xml and its parts, uncached (components/feed/sitemap-data.ts caches them; tests
// call these with a small limit). The listing pages come first, then each source in id order.

type Source = "static" | SitemapSource;

async function sourceCounts(): Promise<SourceCount<Source>[]> {
  const counts = await countSitemapSources();
  return [
    { source: "static", count: STATIC_PATHS.length },
    ...SITEMAP_SOURCES.map((source) => ({ source, count: counts[source] })),
  ];
}

/** The <url> elements of part `part` (all URLs when `limit` covers them), batch by batch. */
async function partElements(
  counts: SourceCount<Source>[],
  part: number,
  limit: number,
  site: SiteInfo,
): Promise<string[]> {
  const elements: string[] = [];
  for (const segment of partSegments(counts, part, limit)) {
    if (segment.source === "static") {
      const paths = STATIC_PATHS.slice(segment.offset, segment.offset + segment.limit);
      elements.push(...paths.map((path) => urlElement(`${site.url}${path}`, null)));
      continue;
    }
    for await (const rows of sitemapRows(segment.source, segment.offset, segment.limit)) {
      for (const row of rows) elements.push(urlElement(`${site.url}${row.path}`, row.lastModified));
    }
  }
  return elements;
}

/** /sitemap.xml: every URL while they fit in one file, else an index of the parts. */
export async function loadSitemapRoot(
  limit: number = SITEMAP_URL_LIMIT,
  site: SiteInfo = siteInfo(),
): Promise<RenderedDocument> {
  const counts = await sourceCounts();
  const total = counts.reduce((sum, c) => sum + c.count, 0);
  const parts = sitemapPartCount(total, limit);
  if (parts === 0) return withEtag(urlset(await partElements(counts, 0, limit, site)));
  const locs = Array.from({ length: parts }, (_, part) => `${site.url}${partPath(part)}`);
  return withEtag(sitemapIndex(locs));
}

/** /sitemap/<part>.xml, or null when the sitemap is not split or has no such part. */
export async function loadSitemapPart(
  part: number,
  limit: number = SITEMAP_URL_LIMIT,
  site: SiteInfo = siteInfo(),
): Promise<RenderedDocument | null> {
  const counts = await sourceCounts();
  const total = counts.reduce((sum, c) => sum + c.count, 0);
  if (part >= sitemapPartCount(total, limit)) return null;
  return withEtag(urlset(await partElements(counts, part, limit, site)));
}
