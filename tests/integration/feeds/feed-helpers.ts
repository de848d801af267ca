import { parseFeed } from "@rowanmanning/feed-parser";
import { XMLValidator } from "fast-xml-parser";
import { expect } from "vitest";
import type { FeedFormat } from "@/lib/feeds/links";

// Reads a feed body the way a feed reader would and returns what it shows, the same shape for
// every format, so one set of assertions covers RSS, Atom and JSON Feed.

export interface ReadItem {
  id: string | null;
  url: string | null;
  title: string | null;
  content: string | null;
  authors: string[];
  categories: string[];
  published: string | null;
  updated: string | null;
  image: string | null;
}

export interface ReadFeed {
  title: string | null;
  homeUrl: string | null;
  self: string | null;
  language: string | null;
  updated: string | null;
  items: ReadItem[];
}

const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

function iso(date: Date | null | undefined): string | null {
  return date ? date.toISOString() : null;
}

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Fails the test unless `value` is a JSON Feed 1.1 document (required fields and types). */
export function expectJsonFeed11(value: unknown): asserts value is Json & { items: Json[] } {
  expect(isObject(value)).toBe(true);
  const feed = value as Json;
  expect(feed.version).toBe("https://jsonfeed.org/version/1.1");
  expect(typeof feed.title).toBe("string");
  expect(Array.isArray(feed.items)).toBe(true);
  expect("author" in feed).toBe(false); // 1.0's singular field is deprecated in 1.1
  for (const item of feed.items as unknown[]) {
    expect(isObject(item)).toBe(true);
    const it = item as Json;
    expect(typeof it.id).toBe("string");
    expect(typeof it.content_html === "string" || typeof it.content_text === "string").toBe(true);
    expect("author" in it).toBe(false);
    for (const key of ["date_published", "date_modified"]) {
      if (key in it) expect(it[key]).toMatch(RFC3339);
    }
    expect(Array.isArray(it.authors)).toBe(true);
    for (const author of it.authors as unknown[]) {
      expect(isObject(author)).toBe(true);
      const a = author as Json;
      expect(["name", "url", "avatar"].some((k) => typeof a[k] === "string")).toBe(true);
    }
  }
}

function readJson(body: string): ReadFeed {
  const feed: unknown = JSON.parse(body);
  expectJsonFeed11(feed);
  const str = (v: unknown) => (typeof v === "string" ? v : null);
  return {
    title: str(feed.title),
    homeUrl: str(feed.home_page_url),
    self: str(feed.feed_url),
    language: str(feed.language),
    updated: null,
    items: feed.items.map((it) => ({
      id: str(it.id),
      url: str(it.url),
      title: str(it.title),
      content: str(it.content_html),
      authors: (it.authors as Json[]).map((a) => String(a.name)),
      categories: Array.isArray(it.tags) ? it.tags.map(String) : [],
      published: str(it.date_published),
      updated: str(it.date_modified),
      image: str(it.image),
    })),
  };
}

/** Parses a feed body with a real parser (XML also checked for well-formedness). */
export function readFeed(format: FeedFormat, body: string): ReadFeed {
  if (format === "json") return readJson(body);
  expect(XMLValidator.validate(body)).toBe(true);
  const feed = parseFeed(body);
  expect(feed.meta.type).toBe(format);
  return {
    title: feed.title,
    homeUrl: feed.url,
    self: feed.self,
    language: feed.language,
    updated: iso(feed.updated),
    items: feed.items.map((item) => ({
      id: item.id,
      url: item.url,
      title: item.title,
      content: item.content,
      authors: item.authors.map((a) => a.name ?? ""),
      categories: item.categories.map((c) => c.label ?? c.term),
      published: iso(item.published),
      updated: iso(item.updated),
      image: item.media.find((m) => m.type === "image")?.url ?? null,
    })),
  };
}
