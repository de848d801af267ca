import { z } from "zod";

// What a search asks for, read from `/search?q=&type=&zone=&page=` (and the header box's
// suggestion requests). Isomorphic: the page, the suggestion route and the search box share the
// limits. Nothing here ever fails: a malformed parameter falls back to its default, and the page
// says so when that changed what the reader typed.

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

const ZONE_SLUG = /^[a-z0-9][a-z0-9-]{0,99}$/;

function single(value: unknown): string {
  if (Array.isArray(value)) return single(value[0]);
  return typeof value === "string" ? value : "";
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

const searchRequestSchema = z.object({
  q: z.unknown().transform((value) => normalizeQuery(single(value))),
  type: z
    .unknown()
    .transform(single)
    .pipe(z.enum(SEARCH_TYPES).nullable().catch(null)),
  zone: z
    .unknown()
    .transform((value) => single(value).trim().toLowerCase())
    .pipe(z.string().regex(ZONE_SLUG).nullable().catch(null)),
  // Junk is page 1; a number past the last page we serve is that last page.
  page: z
    .unknown()
    .transform(single)
    .pipe(z.string().regex(/^[1-9][0-9]{0,5}$/).catch("1"))
    .transform((digits) => Math.min(Number(digits), MAX_SEARCH_PAGES)),
});

/** The search request in `params` (a URLSearchParams or Next's searchParams object). */
export function parseSearchRequest(params: URLSearchParams | Record<string, unknown>): SearchRequest {
  const input =
    params instanceof URLSearchParams
      ? { q: params.get("q"), type: params.get("type"), zone: params.get("zone"), page: params.get("page") }
      : params;
  const { q, type, zone, page } = searchRequestSchema.parse(input);
  return { q: q.q, truncated: q.truncated, type, zone, page };
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
 * The words of a suggestion request, lower-cased (letters and digits only, so nothing in them
 * has a meaning to the text-search parser); empty when too little was typed.
 */
export function suggestionWords(raw: string): string[] {
  const { q } = normalizeQuery(raw);
  const words = (q.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).slice(0, SUGGEST_MAX_WORDS);
  return words.join("").length >= SUGGEST_MIN_LENGTH ? words : [];
}
