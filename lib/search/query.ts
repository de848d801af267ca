// What a search asks for: the limits, the types, the normalised query and the URLs of a search.
// Isomorphic and free of dependencies, because the header's search box (on every page) uses it;
// request.ts reads a request from the URL.

/** Longer queries are cut here (the search box stops at it too); a real query is much shorter. */
export const MAX_QUERY_LENGTH = 200;

/** Search results come 20 to a page, like feeds; ranking past this many pages helps nobody. */
export const SEARCH_PAGE_SIZE = 20;
export const MAX_SEARCH_PAGES = 50;

/** The kinds of content search covers, in the order the filters show them. */
export const SEARCH_TYPES = ["articles", "refcards", "trend-reports", "events", "videos"] as const;
export type SearchType = (typeof SEARCH_TYPES)[number];

export const SEARCH_TYPE_LABELS: Record<SearchType, string> = {
  articles: "Articles",
  refcards: "Refcards",
  "trend-reports": "Trend Reports",
  events: "Events",
  videos: "Videos",
};

/** One result's kind, as its badge names it. */
export const SEARCH_TYPE_SINGULAR: Record<SearchType, string> = {
  articles: "Article",
  refcards: "Refcard",
  "trend-reports": "Trend Report",
  events: "Event",
  videos: "Video",
};

/** The page of one result: each type's listing path is its name (/articles, /trend-reports…). */
export function contentPath(type: SearchType, slug: string): string {
  return `/${type}/${encodeURIComponent(slug)}`;
}

export interface SearchRequest {
  /** Trimmed, whitespace collapsed, Unicode NFC, control characters dropped, at most MAX_QUERY_LENGTH. */
  q: string;
  /** null: every type. */
  type: SearchType | null;
  /** A zone slug (not checked against the database here), or null. */
  zone: string | null;
  page: number;
  /** The query was longer than MAX_QUERY_LENGTH and has been cut. */
  truncated: boolean;
}

/**
 * The query as we search it. NFC first, so "é" typed as e + combining accent matches the stored
 * text; control characters (including the private-use highlight markers, see highlight.ts) are
 * replaced by spaces; runs of whitespace become one space.
 */
export function normalizeQuery(raw: string): { q: string; truncated: boolean } {
  // A 10 KB paste is cut before the regular expressions run over it.
  const bounded = raw.slice(0, MAX_QUERY_LENGTH * 4);
  const cleaned = bounded
    .normalize("NFC")
    .replace(/[\p{Cc}\p{Co}\p{Cs}]/gu, " ")
    .replace(/\s+/gu, " ")
    .trim();
  const chars = Array.from(cleaned);
  if (chars.length <= MAX_QUERY_LENGTH) return { q: cleaned, truncated: bounded.length < raw.length };
  return { q: chars.slice(0, MAX_QUERY_LENGTH).join("").trimEnd(), truncated: true };
}

/** The URL of a search; parameters at their defaults are left out so equal searches share a URL. */
export function searchHref(request: Pick<SearchRequest, "q" | "type" | "zone" | "page">): string {
  const params = new URLSearchParams();
  if (request.q) params.set("q", request.q);
  if (request.type) params.set("type", request.type);
  if (request.zone) params.set("zone", request.zone);
  if (request.page > 1) params.set("page", String(request.page));
  const query = params.toString();
  return query ? `/search?${query}` : "/search";
}

/** Suggestions start at this many characters: one letter would match nearly every title. */
export const SUGGEST_MIN_LENGTH = 2;
export const SUGGEST_LIMIT = 8;
/** Suggestions look at the first few words only; the search page takes the whole query. */
const SUGGEST_MAX_WORDS = 6;

/**
 * The words of a suggestion request, lower-cased, without the characters that mean something to
 * PostgreSQL's tsquery syntax; inner punctuation stays ("node.js" is one word to the text-search
 * parser, as it is in stored titles). Empty when too little was typed.
 */
export function suggestionWords(raw: string): string[] {
  const { q } = normalizeQuery(raw);
  const words = q
    .toLowerCase()
    .split(" ")
    .map((word) => word.replace(/[&|!():*'"\\<>]/g, ""))
    .filter((word) => /[\p{L}\p{N}]/u.test(word))
    .slice(0, SUGGEST_MAX_WORDS);
  return words.join("").length >= SUGGEST_MIN_LENGTH ? words : [];
}
