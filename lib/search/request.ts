import { z } from "zod";
import { MAX_SEARCH_PAGES, normalizeQuery, SEARCH_TYPES, type SearchRequest } from "./query";

// `/search?q=&type=&zone=&page=` read into a SearchRequest. Nothing here ever fails: a malformed
// parameter falls back to its default, and the page says so when that changed what was typed.

const ZONE_SLUG = /^[a-z0-9][a-z0-9-]{0,99}$/;

function single(value: unknown): string {
  if (Array.isArray(value)) return single(value[0]);
  return typeof value === "string" ? value : "";
}

// Each parameter on its own: one malformed parameter must not throw away the others.
const typeSchema = z.enum(SEARCH_TYPES);
const zoneSchema = z.string().trim().toLowerCase().regex(ZONE_SLUG);
// Junk is page 1; a number past the last page we serve is that last page.
const pageSchema = z
  .string()
  .regex(/^[1-9][0-9]{0,5}$/)
  .transform((digits) => Math.min(Number(digits), MAX_SEARCH_PAGES));

/** The search request in `params` (a URLSearchParams or Next's searchParams object). */
export function parseSearchRequest(params: URLSearchParams | Record<string, unknown>): SearchRequest {
  const raw = (name: string) => single(params instanceof URLSearchParams ? params.get(name) : params[name]);
  const { q, truncated } = normalizeQuery(raw("q"));
  return {
    q,
    truncated,
    type: typeSchema.safeParse(raw("type")).data ?? null,
    zone: zoneSchema.safeParse(raw("zone")).data ?? null,
    page: pageSchema.safeParse(raw("page")).data ?? 1,
  };
}
