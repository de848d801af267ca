import "server-only";
import type { CandidateQuery } from "@/lib/curation/schema";
import { CANDIDATE_LIMIT } from "@/lib/curation/schema";
import type { CurationItem } from "@/lib/curation/types";
import { db } from "./client";
import type { Prisma } from "./generated/client";

// What editors can feature, as the curation editor shows it: published articles, Refcards and
// Trend Reports, found by title for the picker and described the same way in a slot's entries.

export const articleItemSelect = {
  id: true,
  slug: true,
  title: true,
  summary: true,
  status: true,
  publishedAt: true,
  author: { select: { name: true } },
  zone: { select: { name: true } },
} satisfies Prisma.ArticleSelect;

export const resourceItemSelect = {
  id: true,
  kind: true,
  number: true,
  slug: true,
  title: true,
  summary: true,
  publishedAt: true,
  zones: { orderBy: { zoneId: "asc" }, take: 3, select: { zone: { select: { name: true } } } },
} satisfies Prisma.ResourceSelect;

export type ArticleItemRow = Prisma.ArticleGetPayload<{ select: typeof articleItemSelect }>;
export type ResourceItemRow = Prisma.ResourceGetPayload<{ select: typeof resourceItemSelect }>;

export function articleItem(row: ArticleItemRow): CurationItem {
  return {
    kind: "article",
    targetId: row.id,
    title: row.title,
    label: "Article",
    detail: `${row.zone.name} · ${row.author?.name ?? "Former member"}`,
    summary: row.summary,
    url: `/articles/${row.slug}`,
    published: row.status === "PUBLISHED",
  };
}

export function resourceItem(row: ResourceItemRow, now: Date): CurationItem {
  const refcard = row.kind === "REFCARD";
  return {
    kind: "resource",
    targetId: row.id,
    title: row.title,
    label: refcard ? `Refcard #${row.number}` : "Trend Report",
    detail: row.zones.map((z) => z.zone.name).join(", "),
    summary: row.summary,
    url: `/${refcard ? "refcards" : "trend-reports"}/${row.slug}`,
    published: row.publishedAt !== null && row.publishedAt <= now,
  };
}

/** `%`, `_` and `\` typed into the picker are literal characters, not LIKE wildcards. */
function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/**
 * Up to CANDIDATE_LIMIT published articles and (unless `articlesOnly`) published Refcards and
 * Trend Reports whose title contains `q` (any case), newest first; the newest of all for a blank
 * `q`. Unpublished and scheduled items are never offered.
 */
export async function searchCurationCandidates(
  { q, kind }: CandidateQuery,
  articlesOnly: boolean,
  now: Date,
): Promise<CurationItem[]> {
  const title = q ? { contains: escapeLike(q), mode: "insensitive" as const } : undefined;
  const newest = [{ publishedAt: "desc" as const }, { id: "desc" as const }];
  const [articles, resources] = await Promise.all([
    kind === "resource"
      ? []
      : db.article.findMany({
          where: { status: "PUBLISHED", title },
          orderBy: newest,
          take: CANDIDATE_LIMIT,
          select: articleItemSelect,
        }),
    kind === "article" || articlesOnly
      ? []
      : db.resource.findMany({
          where: { publishedAt: { lte: now }, title },
          orderBy: newest,
          take: CANDIDATE_LIMIT,
          select: resourceItemSelect,
        }),
  ]);
  const items = [
    ...articles.map((row) => ({ at: row.publishedAt?.getTime() ?? 0, item: articleItem(row) })),
    ...resources.map((row) => ({ at: row.publishedAt?.getTime() ?? 0, item: resourceItem(row, now) })),
  ];
  return items
    .sort((a, b) => b.at - a.at)
    .slice(0, CANDIDATE_LIMIT)
    .map(({ item }) => item);
}
