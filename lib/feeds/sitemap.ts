// The sitemap protocol (https://www.sitemaps.org/protocol.html) as pure functions: which URLs
// go in which part, and the XML of a urlset and of a sitemap index. Next's generateSitemaps
// serves /sitemap/<id>.xml files but writes no index, so /sitemap.xml is our own route
// handler: one urlset while everything fits, otherwise an index of /sitemap/<n>.xml parts.

/** The protocol's maximum number of URLs in one sitemap file. */
export const SITEMAP_URL_LIMIT = 50_000;

/** Listing pages that always exist, first in the sitemap. */
export const STATIC_PATHS = ["/", "/articles", "/zones", "/refcards", "/trend-reports", "/events", "/videos"];

const XMLNS = "http://www.sitemaps.org/schemas/sitemap/0.9";

export interface SourceCount<S extends string> {
  source: S;
  count: number;
}

export interface Segment<S extends string> {
  source: S;
  /** Position of the first URL within its source. */
  offset: number;
  limit: number;
}

/** How many part files `total` URLs need; 0 parts means one plain urlset (no index). */
export function sitemapPartCount(total: number, limit: number = SITEMAP_URL_LIMIT): number {
  return total > limit ? Math.ceil(total / limit) : 0;
}

/**
 * The URLs of part `part` (0-based) as windows of the sources, which are concatenated in the
 * given order; `part` ≥ the part count yields no segments. Every URL is in exactly one part.
 */
export function partSegments<S extends string>(
  counts: SourceCount<S>[],
  part: number,
  limit: number = SITEMAP_URL_LIMIT,
): Segment<S>[] {
  const start = part * limit;
  const end = start + limit;
  const segments: Segment<S>[] = [];
  let sourceStart = 0;
  for (const { source, count } of counts) {
    const from = Math.max(start, sourceStart);
    const to = Math.min(end, sourceStart + count);
    if (from < to) segments.push({ source, offset: from - sourceStart, limit: to - from });
    sourceStart += count;
  }
  return segments;
}

/** "3.xml" → 3; anything else (leading zeros, signs, other names) → null. */
export function parsePartFile(file: string): number | null {
  const match = /^(0|[1-9]\d{0,6})\.xml$/.exec(file);
  return match ? Number(match[1]) : null;
}

export function partPath(part: number): string {
  return `/sitemap/${part}.xml`;
}

function escapeXml(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;");
}

/** One <url> element; `loc` must be absolute. */
export function urlElement(loc: string, lastModified: Date | null): string {
  const lastmod = lastModified ? `<lastmod>${lastModified.toISOString()}</lastmod>` : "";
  return `<url><loc>${escapeXml(loc)}</loc>${lastmod}</url>`;
}

/** A urlset around already-rendered <url> elements. */
export function urlset(elements: string[]): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="${XMLNS}">\n${elements.join("\n")}\n</urlset>\n`;
}

/** A sitemap index pointing at absolute part URLs. */
export function sitemapIndex(locs: string[]): string {
  const entries = locs.map((loc) => `<sitemap><loc>${escapeXml(loc)}</loc></sitemap>`);
  return `<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="${XMLNS}">\n${entries.join("\n")}\n</sitemapindex>\n`;
}
