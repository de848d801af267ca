import "server-only";
import type { RenderedMarkdown } from "@/lib/markdown/render";
import { db } from "./client";

// Queries for `npm run db:rerender` (scripts/rerender.ts): bodies stored with an older
// pipeline are re-rendered in id order, a batch at a time, never on the read path.

export const RERENDER_KINDS = ["article", "resource", "event", "page"] as const;
export type RerenderKind = (typeof RERENDER_KINDS)[number];

export interface StaleBody {
  id: number;
  bodyMarkdown: string;
  updatedAt: Date;
}

const staleSelect = { id: true, bodyMarkdown: true, updatedAt: true } as const;

/** Up to `limit` rows rendered before `renderVersion` with an id above `afterId`, by id (keyset). */
export async function findStaleBodies(
  kind: RerenderKind,
  renderVersion: number,
  afterId: number,
  limit: number,
): Promise<StaleBody[]> {
  const query = {
    where: { renderVersion: { lt: renderVersion }, id: { gt: afterId } },
    orderBy: { id: "asc" as const },
    take: limit,
    select: staleSelect,
  };
  switch (kind) {
    case "article":
      return db.article.findMany(query);
    case "resource":
      return db.resource.findMany(query);
    case "event":
      return db.event.findMany(query);
    case "page":
      return db.page.findMany(query);
  }
}

/**
 * Stores a re-render of `row`. Only if its markdown is still what was read: an author who
 * saved meanwhile already stored a current render of the newer text, which must not be
 * overwritten with the old one. updatedAt and the article's version stay as they were (the
 * text did not change, so feeds, sitemaps and open editors have nothing new to see).
 * Returns whether the row was updated.
 */
export async function storeRerender(
  kind: RerenderKind,
  row: StaleBody,
  rendered: RenderedMarkdown,
  renderVersion: number,
): Promise<boolean> {
  const where = { id: row.id, bodyMarkdown: row.bodyMarkdown, renderVersion: { lt: renderVersion } };
  const body = { bodyHtml: rendered.html, renderVersion, updatedAt: row.updatedAt };
  const withText = { ...body, bodyText: rendered.text };
  let count: number;
  switch (kind) {
    case "article":
      ({ count } = await db.article.updateMany({
        where,
        data: {
          ...withText,
          toc: rendered.toc.map((entry) => ({ ...entry })),
          wordCount: rendered.wordCount,
          readingMinutes: rendered.readingMinutes,
        },
      }));
      break;
    case "resource":
      ({ count } = await db.resource.updateMany({ where, data: withText }));
      break;
    case "event":
      ({ count } = await db.event.updateMany({ where, data: withText }));
      break;
    case "page":
      ({ count } = await db.page.updateMany({ where, data: body }));
      break;
  }
  return count === 1;
}
