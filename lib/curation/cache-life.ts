// How long a cached curated section may live, given the next moment one of its entries starts or
// ends (docs/architecture.md "Curation"). Readers cache sections with Next's "minutes" profile
// (regenerated in the background a minute after rendering, expired after an hour); a scheduled
// boundary inside that window shortens both so the page changes at the boundary without a write.

/** Next's "minutes" profile, which curated sections use when no boundary is near. */
const MINUTES = { stale: 300, revalidate: 60, expire: 3600 } as const;
/**
 * Next leaves an entry whose `expire` is under five minutes out of the prerendered page (it
 * becomes a per-request hole), so `expire` never goes below this.
 */
const MIN_PRERENDERABLE_EXPIRE = 300;

export interface CuratedCacheLife {
  stale: number;
  revalidate: number;
  expire: number;
}

/**
 * The profile for a section rendered at `now` whose entries next change at `nextChange`:
 * - `revalidate` at the boundary (at least 1 s, at most the usual minute), so the first request
 *   after it starts a regeneration;
 * - `expire` at the boundary when it is at least five minutes away, so the first request after
 *   it waits for the fresh page instead of being served the old one. Closer boundaries keep
 *   Next's five-minute floor: then only the request that starts the regeneration still gets the
 *   previous version (stale-while-revalidate).
 */
export function curatedCacheLife(nextChange: Date | null, now: Date): CuratedCacheLife {
  if (!nextChange) return { ...MINUTES };
  const seconds = Math.max(1, Math.ceil((nextChange.getTime() - now.getTime()) / 1000));
  return {
    stale: MINUTES.stale,
    revalidate: Math.min(seconds, MINUTES.revalidate),
    expire: Math.min(Math.max(seconds, MIN_PRERENDERABLE_EXPIRE), MINUTES.expire),
  };
}
