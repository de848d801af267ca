import type { FeedArticle, FeedScope } from "@/lib/db/feeds";
import { absoluteUrl, absolutizeHtml, escapeHtml, xmlSafe } from "./html";
import { feedLinks, type FeedPaths } from "./links";

// One format-neutral description of a feed (absolute URLs, resolved names and dates), built
// from the DTOs; the RSS, Atom and JSON writers only serialise it. Every text is stripped of
// characters XML forbids here, once, so all three formats carry the same text.

export const FORMER_MEMBER = "Former member";
export const FEED_LANGUAGE = "en";

export interface SiteInfo {
  /** SITE_URL without a trailing slash. */
  url: string;
  name: string;
}

export interface FeedPerson {
  name: string;
  url: string | null;
}

export interface FeedCategory {
  name: string;
  /** The category's page, when it has one (zones do; tags do not yet). */
  url: string | null;
}

export interface FeedEntry {
  /** The article's absolute URL; also its guid / id. */
  url: string;
  title: string;
  summary: string;
  /** Full article HTML with absolute URLs (the escaped summary, or title, when the body is empty). */
  contentHtml: string;
  author: FeedPerson;
  /** The zone first, then the tags. */
  categories: FeedCategory[];
  published: Date;
  updated: Date;
  image: { url: string; type: string | null } | null;
}

export interface FeedDocument {
  title: string;
  description: string;
  /** The page the feed mirrors (home, zone, category or profile). */
  homeUrl: string;
  /** Absolute URLs of the three formats, for self links. */
  links: FeedPaths;
  language: string;
  /** The newest item date; the Unix epoch for a feed without items (stable across rebuilds). */
  updated: Date;
  /** The author of an author feed; empty otherwise (each item names its own). */
  authors: FeedPerson[];
  entries: FeedEntry[];
}

const IMAGE_TYPES: Record<string, string> = {
  avif: "image/avif",
  gif: "image/gif",
  jpeg: "image/jpeg",
  jpg: "image/jpeg",
  png: "image/png",
  svg: "image/svg+xml",
  webp: "image/webp",
};

/** The MIME type of an image URL from its extension, or null when it cannot be told. */
export function imageType(url: string): string | null {
  const path = URL.canParse(url) ? new URL(url).pathname : url;
  const ext = /\.([a-z0-9]+)$/i.exec(path)?.[1]?.toLowerCase();
  return (ext && IMAGE_TYPES[ext]) ?? null;
}

function scopePath(scope: FeedScope): string {
  const key = encodeURIComponent(scope.key ?? "");
  switch (scope.kind) {
    case "site":
      return "";
    case "category":
      return `/categories/${key}`;
    case "zone":
      return `/zones/${key}`;
    case "user":
      return `/users/${key}`;
  }
}

function channelText(scope: FeedScope, site: SiteInfo): { title: string; description: string } {
  if (scope.kind === "site") {
    return { title: xmlSafe(site.name), description: xmlSafe(`The newest articles on ${site.name}.`) };
  }
  const fallback =
    scope.kind === "user"
      ? `Articles by ${scope.name} on ${site.name}.`
      : `The newest articles in ${scope.name} on ${site.name}.`;
  return {
    title: xmlSafe(`${site.name} — ${scope.name}`),
    description: xmlSafe(scope.description.trim() || fallback),
  };
}

function toEntry(article: FeedArticle, site: SiteInfo): FeedEntry {
  const url = `${site.url}/articles/${encodeURIComponent(article.slug)}`;
  const title = xmlSafe(article.title);
  const summary = xmlSafe(article.summary);
  const cover = article.coverImageUrl ? absoluteUrl(article.coverImageUrl, site.url, url) : null;
  const updated = article.updatedAt > article.publishedAt ? article.updatedAt : article.publishedAt;
  return {
    url,
    title,
    summary,
    contentHtml: article.bodyHtml.trim()
      ? absolutizeHtml(xmlSafe(article.bodyHtml), site.url, url)
      : escapeHtml(summary || title),
    author: article.author
      ? {
          name: xmlSafe(article.author.name),
          url: `${site.url}/users/${encodeURIComponent(article.author.username)}`,
        }
      : { name: FORMER_MEMBER, url: null },
    categories: [
      { name: xmlSafe(article.zone.name), url: `${site.url}/zones/${encodeURIComponent(article.zone.slug)}` },
      ...article.tags.map((tag) => ({ name: xmlSafe(tag.name), url: null })),
    ],
    published: article.publishedAt,
    updated,
    image: cover && URL.canParse(cover) ? { url: cover, type: imageType(cover) } : null,
  };
}

/** The feed of `scope` with `articles` (already newest first). */
export function buildFeedDocument(scope: FeedScope, articles: FeedArticle[], site: SiteInfo): FeedDocument {
  const path = scopePath(scope);
  const paths = feedLinks(path);
  const entries = articles.map((article) => toEntry(article, site));
  const updated = entries.reduce((max, e) => (e.updated > max ? e.updated : max), new Date(0));
  const homeUrl = `${site.url}${path || "/"}`;
  return {
    ...channelText(scope, site),
    homeUrl,
    links: {
      rss: `${site.url}${paths.rss}`,
      atom: `${site.url}${paths.atom}`,
      json: `${site.url}${paths.json}`,
    },
    language: FEED_LANGUAGE,
    updated,
    authors: scope.kind === "user" ? [{ name: xmlSafe(scope.name), url: homeUrl }] : [],
    entries,
  };
}
