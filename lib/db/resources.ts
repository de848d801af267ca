import "server-only";
import type { AuthorRef } from "./articles";
import { db } from "./client";
import type { Prisma } from "./generated/client";

export type ResourceKind = "REFCARD" | "TREND_REPORT";

export interface ResourceZoneRef {
  slug: string;
  name: string;
}

export interface ResourceSummary {
  id: number;
  kind: ResourceKind;
  /** Refcard number (#1 is the oldest); null for Trend Reports. */
  number: number | null;
  slug: string;
  title: string;
  summary: string;
  coverImageUrl: string | null;
  publishedAt: Date;
  authors: AuthorRef[];
  zones: ResourceZoneRef[];
}

export interface ResourceDetail extends ResourceSummary {
  /** The preview, rendered and sanitized when the resource was saved. */
  bodyHtml: string;
  downloadCount: number;
  /** Whether there is a PDF to download, and its size in bytes when known. */
  hasFile: boolean;
  fileSize: number | null;
  updatedAt: Date;
}

export interface ResourcePage {
  resources: ResourceSummary[];
  total: number;
}

const summarySelect = {
  id: true,
  kind: true,
  number: true,
  slug: true,
  title: true,
  summary: true,
  coverImageUrl: true,
  publishedAt: true,
  authors: {
    orderBy: [{ position: "asc" }, { userId: "asc" }],
    select: { user: { select: { username: true, name: true, isCore: true, avatarUrl: true } } },
  },
  zones: {
    orderBy: [{ zone: { position: "asc" } }, { zoneId: "asc" }],
    select: { zone: { select: { slug: true, name: true } } },
  },
} satisfies Prisma.ResourceSelect;

type SummaryRow = Prisma.ResourceGetPayload<{ select: typeof summarySelect }>;

function toSummary({ authors, zones, ...row }: SummaryRow): ResourceSummary {
  return {
    ...row,
    // Only rows matched by `published(now)` reach here, and those have a publish date.
    publishedAt: row.publishedAt ?? new Date(0),
    authors: authors.map((a) => a.user),
    zones: zones.map((z) => z.zone),
  };
}

/** Public means published at or before `now`: a null or future publishedAt is not public yet. */
function published(now: Date): Prisma.ResourceWhereInput {
  return { publishedAt: { lte: now } };
}

const newestFirst = [
  { publishedAt: "desc" },
  { id: "desc" },
] satisfies Prisma.ResourceOrderByWithRelationInput[];

/**
 * Newest published first; optional kind and zone filter (a resource matches if it is in any of
 * zoneIds; an empty zoneIds matches nothing). `now` decides what is published (default: the clock).
 */
export async function listLatestResources(opts: {
  kind?: ResourceKind;
  zoneIds?: number[];
  limit: number;
  now?: Date;
}): Promise<ResourceSummary[]> {
  const where: Prisma.ResourceWhereInput = {
    ...published(opts.now ?? new Date()),
    ...(opts.kind ? { kind: opts.kind } : {}),
    ...(opts.zoneIds ? { zones: { some: { zoneId: { in: opts.zoneIds } } } } : {}),
  };
  const rows = await db.resource.findMany({
    where,
    orderBy: newestFirst,
    take: opts.limit,
    select: summarySelect,
  });
  return rows.map(toSummary);
}

/** The newest published Trend Report, or null. */
export async function getCurrentTrendReport(now: Date = new Date()): Promise<ResourceSummary | null> {
  const [report] = await listLatestResources({ kind: "TREND_REPORT", limit: 1, now });
  return report ?? null;
}

/** One page of the published resources of a kind, newest first (id breaks ties). */
export async function listResourcePage(
  kind: ResourceKind,
  page: number,
  pageSize: number,
  now: Date = new Date(),
): Promise<ResourcePage> {
  const where: Prisma.ResourceWhereInput = { ...published(now), kind };
  const [total, rows] = await Promise.all([
    db.resource.count({ where }),
    db.resource.findMany({
      where,
      orderBy: newestFirst,
      skip: (page - 1) * pageSize,
      take: pageSize,
      select: summarySelect,
    }),
  ]);
  return { resources: rows.map(toSummary), total };
}

/** A published resource of `kind` by slug; unpublished ones and the other kind give null. */
export async function getPublishedResourceBySlug(
  kind: ResourceKind,
  slug: string,
  now: Date = new Date(),
): Promise<ResourceDetail | null> {
  const row = await db.resource.findFirst({
    where: { ...published(now), kind, slug },
    select: {
      ...summarySelect,
      bodyHtml: true,
      downloadCount: true,
      fileUrl: true,
      fileSize: true,
      updatedAt: true,
    },
  });
  if (!row) return null;
  const { bodyHtml, downloadCount, fileUrl, fileSize, updatedAt, ...summary } = row;
  return { ...toSummary(summary), bodyHtml, downloadCount, hasFile: fileUrl !== null, fileSize, updatedAt };
}

/** Slugs of the newest published resources of a kind, to prerender them at build. */
export async function listRecentResourceSlugs(
  kind: ResourceKind,
  limit: number,
  now: Date = new Date(),
): Promise<string[]> {
  const rows = await db.resource.findMany({
    where: { ...published(now), kind },
    orderBy: newestFirst,
    take: limit,
    select: { slug: true },
  });
  return rows.map((r) => r.slug);
}

/** Published resources with these ids, in the order of `ids` (curated slots); others are dropped. */
export async function listPublishedResourcesByIds(
  ids: number[],
  now: Date = new Date(),
): Promise<ResourceSummary[]> {
  if (ids.length === 0) return [];
  const rows = await db.resource.findMany({
    where: { ...published(now), id: { in: ids } },
    select: summarySelect,
  });
  const byId = new Map(rows.map((row) => [row.id, toSummary(row)]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

/** A published resource that has a PDF: what the Download and file routes need to know. */
export interface DownloadableResource {
  id: number;
  kind: ResourceKind;
  number: number | null;
  slug: string;
  /** Storage key of the PDF. */
  fileKey: string;
}

/** The published resource `id` when it has a PDF to download, else null. */
export async function getDownloadableResource(
  id: number,
  now: Date = new Date(),
): Promise<DownloadableResource | null> {
  const row = await db.resource.findFirst({
    where: { ...published(now), id, fileUrl: { not: null } },
    select: { id: true, kind: true, number: true, slug: true, fileUrl: true },
  });
  if (!row?.fileUrl) return null;
  const { fileUrl, ...rest } = row;
  return { ...rest, fileKey: fileUrl };
}

/**
 * Adds one download to a published resource; false when it is no longer published. One
 * statement, so concurrent downloads never lose a count; raw SQL because a download is not an
 * edit: updatedAt (Prisma's @updatedAt, the editors' conflict check) must not move.
 */
export async function countDownload(id: number): Promise<boolean> {
  const changed = await db.$executeRaw`
    UPDATE "Resource" SET "downloadCount" = "downloadCount" + 1
    WHERE id = ${id}::int AND "publishedAt" <= now() AND "fileUrl" IS NOT NULL`;
  return changed === 1;
}
