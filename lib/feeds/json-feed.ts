import type { FeedDocument, FeedPerson } from "./model";

// JSON Feed 1.1 (https://www.jsonfeed.org/version/1.1/) from a small typed builder. The `feed`
// package only writes version 1 (a single `author`, no `language`), and adapting its output
// would mean rewriting most fields anyway.

export const JSON_FEED_VERSION = "https://jsonfeed.org/version/1.1";

export interface JsonFeedAuthor {
  name?: string;
  url?: string;
  avatar?: string;
}

export interface JsonFeedItem {
  id: string;
  url?: string;
  title?: string;
  content_html?: string;
  content_text?: string;
  summary?: string;
  image?: string;
  date_published?: string;
  date_modified?: string;
  authors?: JsonFeedAuthor[];
  tags?: string[];
  language?: string;
}

export interface JsonFeed {
  version: typeof JSON_FEED_VERSION;
  title: string;
  home_page_url?: string;
  feed_url?: string;
  description?: string;
  language?: string;
  authors?: JsonFeedAuthor[];
  items: JsonFeedItem[];
}

function author(person: FeedPerson): JsonFeedAuthor {
  return person.url ? { name: person.name, url: person.url } : { name: person.name };
}

export function buildJsonFeed(doc: FeedDocument): JsonFeed {
  return {
    version: JSON_FEED_VERSION,
    title: doc.title,
    home_page_url: doc.homeUrl,
    feed_url: doc.links.json,
    description: doc.description,
    language: doc.language,
    ...(doc.authors.length > 0 ? { authors: doc.authors.map(author) } : {}),
    items: doc.entries.map((entry) => ({
      id: entry.url,
      url: entry.url,
      title: entry.title,
      content_html: entry.contentHtml,
      summary: entry.summary,
      ...(entry.image ? { image: entry.image.url } : {}),
      date_published: entry.published.toISOString(),
      date_modified: entry.updated.toISOString(),
      authors: [author(entry.author)],
      tags: entry.categories.map((c) => c.name),
    })),
  };
}

export function renderJsonFeed(doc: FeedDocument): string {
  return JSON.stringify(buildJsonFeed(doc), null, 2);
}
