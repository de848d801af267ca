// Feed paths of a scope, for <link rel="alternate"> in page metadata and for visible feed links.
// Isomorphic: no server-only imports, so client components may use it too.

/** The three feed formats every scope publishes. */
export interface FeedPaths {
  rss: string;
  atom: string;
  json: string;
}

export const FEED_CONTENT_TYPES = {
  rss: "application/rss+xml",
  atom: "application/atom+xml",
  json: "application/feed+json",
} as const;

export type FeedFormat = keyof typeof FEED_CONTENT_TYPES;

const FORMAT_LABELS: Record<FeedFormat, string> = { rss: "RSS", atom: "Atom", json: "JSON Feed" };

/** "" stays "" (the site); otherwise one leading slash and no trailing one. */
function normaliseBase(basePath: string): string {
  const trimmed = basePath.trim().replace(/\/+$/, "");
  if (trimmed === "") return "";
  return trimmed.startsWith("/") ? trimmed : `/${trimmed}`;
}

/**
 * Root-relative feed paths of a scope. `basePath` is "" for the whole site, "/zones/<slug>",
 * "/categories/<slug>" or "/users/<username>". `_title` is accepted so call sites can pass the
 * same arguments as to `feedAlternates`; paths do not depend on it.
 */
export function feedLinks(basePath: string, _title?: string): FeedPaths {
  const base = normaliseBase(basePath);
  return { rss: `${base}/feed.xml`, atom: `${base}/atom.xml`, json: `${base}/feed.json` };
}

export interface FeedAlternate {
  url: string;
  title: string;
}

/**
 * A value for Next's `Metadata["alternates"]["types"]`: one entry per format, titled
 * "<title> — RSS" etc. so a reader's feed picker can tell them apart. URLs are root-relative;
 * Next resolves them against `metadataBase`.
 */
export function feedAlternates(basePath: string, title: string): Record<string, FeedAlternate[]> {
  const paths = feedLinks(basePath);
  const formats = Object.keys(FEED_CONTENT_TYPES) as FeedFormat[];
  return Object.fromEntries(
    formats.map((format) => [
      FEED_CONTENT_TYPES[format],
      [{ url: paths[format], title: `${title} — ${FORMAT_LABELS[format]}` }],
    ]),
  );
}
