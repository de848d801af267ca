import "server-only";
import { readDb } from "./client";
import type { FeedScope } from "./articles";
import type { FeatureScope, FeatureSlot } from "./generated/client";

/** One curated slot entry: exactly one of the ids is set (a CHECK constraint guarantees it). */
export interface CuratedRef {
  articleId: number | null;
  resourceId: number | null;
}

interface FeatureQuery {
  slot: FeatureSlot;
  scope: FeatureScope;
  /** The category or zone id; null for SITE. */
  scopeId: number | null;
  now: Date;
  limit: number;
}

/**
 * The entries editors placed in a slot, in their order, that are live at `now` (no start or a
 * start in the past, no end or an end in the future). Unpublished targets are filtered later by
 * the readers of articles and resources, so a withdrawn article simply drops out.
 */
export async function listActiveFeatures({
  slot,
  scope,
  scopeId,
  now,
  limit,
}: FeatureQuery): Promise<CuratedRef[]> {
  return readDb.feature.findMany({
    where: {
      slot,
      scope,
      scopeId,
      AND: [
        { OR: [{ startsAt: null }, { startsAt: { lte: now } }] },
        { OR: [{ endsAt: null }, { endsAt: { gt: now } }] },
      ],
    },
    orderBy: [{ position: "asc" }, { id: "asc" }],
    take: limit,
    select: { articleId: true, resourceId: true },
  });
}

/**
 * Ids of the most-viewed articles among the newest `window` published ones of a scope: the
 * fallback for curated sections. Reading the newest rows walks the feed index, so the cost does
 * not grow with the size of the site, and the result is never empty while the scope has articles.
 */
export async function listMostViewedRecentIds(
  scope: FeedScope,
  window: number,
  limit: number,
  excludeIds: number[] = [],
): Promise<number[]> {
  const rows = await readDb.article.findMany({
    where: { ...scope, status: "PUBLISHED", id: { notIn: excludeIds } },
    orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
    take: window,
    select: { id: true, viewCount: true },
  });
  return rows
    .sort((a, b) => b.viewCount - a.viewCount || b.id - a.id)
    .slice(0, limit)
    .map((row) => row.id);
}

/**
 * The next moment after `now` at which an entry of the slot starts or ends, or null when none
 * is scheduled: curated sections cache until then (lib/curation/cache-life.ts), so a schedule
 * takes effect without a write.
 */
export async function nextFeatureChange({
  slot,
  scope,
  scopeId,
  now,
}: Omit<FeatureQuery, "limit">): Promise<Date | null> {
  const rows = await readDb.feature.findMany({
    where: { slot, scope, scopeId, OR: [{ startsAt: { gt: now } }, { endsAt: { gt: now } }] },
    select: { startsAt: true, endsAt: true },
  });
  let next: Date | null = null;
  for (const { startsAt, endsAt } of rows) {
    for (const moment of [startsAt, endsAt]) {
      if (moment && moment > now && (!next || moment < next)) next = moment;
    }
  }
  return next;
}
