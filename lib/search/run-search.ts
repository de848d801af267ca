import "server-only";
import { analyseQuery, searchContent, type SearchCounts, type SearchHit } from "@/lib/db/search";
import { getZoneBySlug } from "@/lib/db/zones";
import { MAX_SEARCH_PAGES, SEARCH_PAGE_SIZE, SEARCH_TYPES, type SearchRequest } from "./query";

// One search as the page shows it: what was asked, whether it can be searched, and the results.
// Uncached; components/search/search-data.ts caches it per normalised request.

export type SearchOutcome =
  /** No query yet: the page shows how to search. */
  | { kind: "no-query" }
  | { kind: "unsearchable"; reason: "no-words" | "only-excluded" }
  | {
      kind: "results";
      hits: SearchHit[];
      counts: SearchCounts;
      /** Matches of the chosen type (or of every type). */
      total: number;
      /** Pages that can be shown: of the ranked results, at most MAX_SEARCH_PAGES. */
      pages: number;
    };

export interface SearchAnswer {
  outcome: SearchOutcome;
  /** The zone filter, when it names a zone that exists. */
  zone: { slug: string; name: string } | null;
  /** A zone was asked for that does not exist: the search ran over every zone. */
  unknownZone: boolean;
}

export async function runSearch(request: SearchRequest, now: Date = new Date()): Promise<SearchAnswer> {
  const zoneRow = request.zone ? await getZoneBySlug(request.zone) : null;
  const zone = zoneRow ? { slug: zoneRow.slug, name: zoneRow.name } : null;
  const unknownZone = request.zone !== null && zone === null;
  if (request.q === "") return { outcome: { kind: "no-query" }, zone, unknownZone };
  const analysis = await analyseQuery(request.q);
  if (!analysis.searchable) {
    return { outcome: { kind: "unsearchable", reason: analysis.reason }, zone, unknownZone };
  }
  const { hits, counts, ranked } = await searchContent({
    q: request.q,
    type: request.type,
    zoneId: zoneRow?.id ?? null,
    page: request.page,
    pageSize: SEARCH_PAGE_SIZE,
    now,
  });
  const total = request.type
    ? counts[request.type]
    : SEARCH_TYPES.reduce((sum, type) => sum + counts[type], 0);
  const pages = Math.min(MAX_SEARCH_PAGES, Math.ceil(ranked / SEARCH_PAGE_SIZE));
  return {
    outcome: { kind: "results", hits, counts, total, pages },
    zone,
    unknownZone,
  };
}
