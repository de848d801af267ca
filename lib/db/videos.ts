import "server-only";
import { readDb } from "./client";
import type { Prisma } from "./generated/client";

export type VideoProviderName = "YOUTUBE" | "VIMEO";

export interface VideoSummary {
  id: number;
  slug: string;
  title: string;
  summary: string;
  provider: VideoProviderName;
  /** As stored; never trusted for an embed before the allow-list checks it. */
  providerId: string;
  durationSeconds: number;
  publishedAt: Date;
  zone: { slug: string; name: string } | null;
}

export interface VideoDetail extends VideoSummary {
  updatedAt: Date;
}

export interface VideoPage {
  videos: VideoSummary[];
  total: number;
}

const summarySelect = {
  id: true,
  slug: true,
  title: true,
  summary: true,
  provider: true,
  providerId: true,
  durationSeconds: true,
  publishedAt: true,
  zone: { select: { slug: true, name: true } },
} satisfies Prisma.VideoSelect;

type SummaryRow = Prisma.VideoGetPayload<{ select: typeof summarySelect }>;

function toSummary(row: SummaryRow): VideoSummary {
  // Only rows matched by `published(now)` reach here, and those have a publish date.
  return { ...row, publishedAt: row.publishedAt ?? new Date(0) };
}

/** Public means published at or before `now`: a null or future publishedAt is not public yet. */
function published(now: Date): Prisma.VideoWhereInput {
  return { publishedAt: { lte: now } };
}

const newestFirst = [
  { publishedAt: "desc" },
  { id: "desc" },
] satisfies Prisma.VideoOrderByWithRelationInput[];

/** One page of published videos, newest first (id breaks ties). */
export async function listVideoPage(
  page: number,
  pageSize: number,
  now: Date = new Date(),
): Promise<VideoPage> {
  const where = published(now);
  const [total, rows] = await Promise.all([
    readDb.video.count({ where }),
    readDb.video.findMany({
      where,
      orderBy: newestFirst,
      skip: (page - 1) * pageSize,
      take: pageSize,
      select: summarySelect,
    }),
  ]);
  return { videos: rows.map(toSummary), total };
}

/** A published video by slug, or null when unknown or not published yet. */
export async function getPublishedVideoBySlug(
  slug: string,
  now: Date = new Date(),
): Promise<VideoDetail | null> {
  const row = await readDb.video.findFirst({
    where: { ...published(now), slug },
    select: { ...summarySelect, updatedAt: true },
  });
  if (!row) return null;
  const { updatedAt, ...summary } = row;
  return { ...toSummary(summary), updatedAt };
}

/** Slugs of the newest published videos, to prerender them at build. */
export async function listRecentVideoSlugs(limit: number, now: Date = new Date()): Promise<string[]> {
  const rows = await readDb.video.findMany({
    where: published(now),
    orderBy: newestFirst,
    take: limit,
    select: { slug: true },
  });
  return rows.map((r) => r.slug);
}

/** Published videos with these ids, in the order of `ids`; unpublished or unknown ids are dropped. */
export async function listPublishedVideosByIds(
  ids: number[],
  now: Date = new Date(),
): Promise<VideoSummary[]> {
  if (ids.length === 0) return [];
  const rows = await readDb.video.findMany({
    where: { ...published(now), id: { in: ids } },
    select: summarySelect,
  });
  const byId = new Map(rows.map((row) => [row.id, toSummary(row)]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}
