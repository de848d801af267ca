// Numbered pagination shared by every feed. Pages live in the path (/zones/x/page/3) so each
// page is its own cacheable URL and a bad page number can answer 404 before anything streams.

export const PAGE_SIZE = 20;

/** The page number in a URL segment: a positive integer without sign, zeros or junk, else null. */
export function parsePageSegment(raw: string): number | null {
  if (!/^[1-9][0-9]{0,5}$/.test(raw)) return null;
  return Number(raw);
}

export function totalPages(totalItems: number, pageSize = PAGE_SIZE): number {
  return Math.max(1, Math.ceil(totalItems / pageSize));
}

export type PagerItem = { kind: "page"; page: number } | { kind: "gap"; key: string };

/**
 * The numbers a pager shows: first, last, the current page with one neighbour each side, the
 * tens within 30 pages and the hundreds within 300 pages of the current one, with gaps for what
 * is left out ("1 2 3 … 10 … 20 … 30 … 100 … 200 … 300 … 834"). A long feed keeps a short pager
 * that still jumps far in a few clicks.
 */
export function pagerItems(current: number, pages: number): PagerItem[] {
  const shown = new Set<number>([1, pages, current - 1, current, current + 1]);
  for (const [step, reach] of [
    [10, 30],
    [100, 300],
  ] as const) {
    const first = Math.max(step, Math.ceil((current - reach) / step) * step);
    for (let p = first; p <= current + reach && p < pages; p += step) shown.add(p);
  }
  if (current <= 3) [2, 3].forEach((p) => shown.add(p));
  const sorted = [...shown].filter((p) => p >= 1 && p <= pages).sort((a, b) => a - b);
  const items: PagerItem[] = [];
  sorted.forEach((page, i) => {
    const previous = sorted[i - 1];
    if (previous !== undefined && page - previous > 1) items.push({ kind: "gap", key: `gap-${previous}` });
    items.push({ kind: "page", page });
  });
  return items;
}

/** URL of page n of a feed whose first page is basePath. */
export function pageHref(basePath: string, page: number): string {
  return page <= 1 ? basePath : `${basePath}/page/${page}`;
}

/**
 * Where a legacy `?page=<raw>` URL of a feed goes: page 1 (or an empty value) to the feed itself,
 * anything else to its path-based page, whose route answers 404 when the number is malformed or
 * past the end. Other query parameters are dropped; feeds take none.
 */
export function pageQueryTarget(basePath: string, raw: string): string {
  const trimmed = raw.trim();
  if (trimmed === "" || parsePageSegment(trimmed) === 1) return basePath;
  return `${basePath}/page/${encodeURIComponent(trimmed)}`;
}
