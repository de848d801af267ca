import "server-only";
import { readDb } from "./client";

// The public URLs behind /sitemap.xml, per source, in id order. Parts of a split sitemap read
// one window of them: the first batch finds its start with OFFSET on the id order, every
// following batch continues by keyset (id > last), so a 50,000-URL part never holds more than
// one batch of rows at a time and a deep part costs about what the first one does.

export const SITEMAP_SOURCES = [
  "categories",
  "zones",
  "pages",
  "authors",
  "refcards",
  "trendReports",
  "events",
  "videos",
  "articles",
] as const;

export type SitemapSource = (typeof SITEMAP_SOURCES)[number];

export interface SitemapRow {
  id: number;
  /** Root-relative path of the public page. */
  path: string;
  lastModified: Date | null;
}

type Cursor = { skip: number } | { afterId: number };

interface SourceQuery {
  count(): Promise<number>;
  page(cursor: Cursor, take: number): Promise<SitemapRow[]>;
}

const byId = { id: "asc" } as const;

/** The ordering and size of one batch; the first starts at an offset, later ones after an id. */
function slice(cursor: Cursor, take: number) {
  return { ...("skip" in cursor ? { skip: cursor.skip } : {}), take, orderBy: byId };
}

function afterId(cursor: Cursor): { id?: { gt: number } } {
  return "afterId" in cursor ? { id: { gt: cursor.afterId } } : {};
}

const slugSelect = { id: true, slug: true, updatedAt: true } as const;

function under(prefix: string) {
  return (rows: { id: number; slug: string; updatedAt: Date }[]): SitemapRow[] =>
    rows.map((r) => ({
      id: r.id,
      path: `${prefix}/${encodeURIComponent(r.slug)}`,
      lastModified: r.updatedAt,
    }));
}

const publishedArticle = { status: "PUBLISHED" } as const;
const refcard = { kind: "REFCARD", publishedAt: { not: null } } as const;
const trendReport = { kind: "TREND_REPORT", publishedAt: { not: null } } as const;
const publishedVideo = { publishedAt: { not: null } } as const;
/** Profiles worth listing: members with at least one published article. */
const author = { articles: { some: publishedArticle } } as const;

const QUERIES: Record<SitemapSource, SourceQuery> = {
  categories: {
    count: () => readDb.category.count(),
    page: (c, take) =>
      readDb.category
        .findMany({ where: afterId(c), ...slice(c, take), select: slugSelect })
        .then(under("/categories")),
  },
  zones: {
    count: () => readDb.zone.count(),
    page: (c, take) =>
      readDb.zone
        .findMany({ where: afterId(c), ...slice(c, take), select: slugSelect })
        .then(under("/zones")),
  },
  pages: {
    count: () => readDb.page.count(),
    page: (c, take) =>
      readDb.page
        .findMany({ where: afterId(c), ...slice(c, take), select: slugSelect })
        .then(under("/pages")),
  },
  authors: {
    count: () => readDb.user.count({ where: author }),
    page: async (c, take) => {
      const rows = await readDb.user.findMany({
        where: { ...author, ...afterId(c) },
        ...slice(c, take),
        select: { id: true, username: true },
      });
      return rows.map((r) => ({
        id: r.id,
        path: `/users/${encodeURIComponent(r.username)}`,
        lastModified: null,
      }));
    },
  },
  refcards: {
    count: () => readDb.resource.count({ where: refcard }),
    page: (c, take) =>
      readDb.resource
        .findMany({ where: { ...refcard, ...afterId(c) }, ...slice(c, take), select: slugSelect })
        .then(under("/refcards")),
  },
  trendReports: {
    count: () => readDb.resource.count({ where: trendReport }),
    page: (c, take) =>
      readDb.resource
        .findMany({ where: { ...trendReport, ...afterId(c) }, ...slice(c, take), select: slugSelect })
        .then(under("/trend-reports")),
  },
  events: {
    count: () => readDb.event.count(),
    page: (c, take) =>
      readDb.event
        .findMany({ where: afterId(c), ...slice(c, take), select: slugSelect })
        .then(under("/events")),
  },
  videos: {
    count: () => readDb.video.count({ where: publishedVideo }),
    page: (c, take) =>
      readDb.video
        .findMany({ where: { ...publishedVideo, ...afterId(c) }, ...slice(c, take), select: slugSelect })
        .then(under("/videos")),
  },
  articles: {
    count: () => readDb.article.count({ where: publishedArticle }),
    page: (c, take) =>
      readDb.article
        .findMany({ where: { ...publishedArticle, ...afterId(c) }, ...slice(c, take), select: slugSelect })
        .then(under("/articles")),
  },
};

/** How many public URLs each source has. */
export async function countSitemapSources(): Promise<Record<SitemapSource, number>> {
  const counts = await Promise.all(SITEMAP_SOURCES.map((source) => QUERIES[source].count()));
  return Object.fromEntries(SITEMAP_SOURCES.map((source, i) => [source, counts[i] ?? 0])) as Record<
    SitemapSource,
    number
  >;
}

/** Rows fetched per query while walking a window. */
export const SITEMAP_BATCH_SIZE = 5_000;

/**
 * The rows `offset` … `offset + limit - 1` of a source in id order, in batches of at most
 * `batchSize`: OFFSET once to find the window's start, keyset after that.
 */
export async function* sitemapRows(
  source: SitemapSource,
  offset: number,
  limit: number,
  batchSize: number = SITEMAP_BATCH_SIZE,
): AsyncGenerator<SitemapRow[]> {
  let cursor: Cursor = { skip: offset };
  let remaining = limit;
  while (remaining > 0) {
    const take = Math.min(batchSize, remaining);
    const rows = await QUERIES[source].page(cursor, take);
    if (rows.length > 0) yield rows;
    const last = rows.at(-1);
    if (!last || rows.length < take) return;
    remaining -= rows.length;
    cursor = { afterId: last.id };
  }
}
