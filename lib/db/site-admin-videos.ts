import "server-only";
import type { VideoInput } from "@/lib/validation/site-admin";
import { db } from "./client";
import type { Prisma, VideoProvider } from "./generated/client";
import { slugEntityWrites } from "./site-admin-entities";
import { missingZone } from "./site-admin-shared";

// The Video Library for /editor/videos (editors and admins), published or not: the list, one
// video to edit and the audited writes. Provider and id come already parsed from the pasted URL
// (lib/site-admin/video-url.ts); a video is in the library once (unique provider + id).

export const videoPath = (slug: string) => `/videos/${slug}`;

export interface AdminVideo {
  id: number;
  slug: string;
  title: string;
  summary: string;
  provider: VideoProvider;
  providerId: string;
  durationSeconds: number;
  zoneId: number | null;
  publishedAt: Date | null;
  updatedAt: Date;
}

export interface AdminVideoListItem {
  id: number;
  slug: string;
  title: string;
  provider: VideoProvider;
  durationSeconds: number;
  publishedAt: Date | null;
  zone: { name: string } | null;
}

const adminVideoSelect = {
  id: true,
  slug: true,
  title: true,
  summary: true,
  provider: true,
  providerId: true,
  durationSeconds: true,
  zoneId: true,
  publishedAt: true,
  updatedAt: true,
} as const satisfies Prisma.VideoSelect;

export const ADMIN_VIDEOS_PAGE_SIZE = 50;

/** Page `page` of every video, unpublished ones first (they wait for a decision), then newest. */
export async function listAdminVideos(
  page: number,
): Promise<{ videos: AdminVideoListItem[]; total: number }> {
  const [total, videos] = await Promise.all([
    db.video.count(),
    db.video.findMany({
      orderBy: [{ publishedAt: { sort: "desc", nulls: "first" } }, { id: "desc" }],
      skip: (page - 1) * ADMIN_VIDEOS_PAGE_SIZE,
      take: ADMIN_VIDEOS_PAGE_SIZE,
      select: {
        id: true,
        slug: true,
        title: true,
        provider: true,
        durationSeconds: true,
        publishedAt: true,
        zone: { select: { name: true } },
      },
    }),
  ]);
  return { videos, total };
}

export function getAdminVideo(id: number): Promise<AdminVideo | null> {
  return db.video.findUnique({ where: { id }, select: adminVideoSelect });
}

export const videoWrites = slugEntityWrites<AdminVideo, VideoInput>({
  noun: "video",
  targetType: "Video",
  path: videoPath,
  async lock(tx, id) {
    await tx.$queryRaw`SELECT id FROM "Video" WHERE id = ${id} FOR UPDATE`;
    return tx.video.findUnique({ where: { id }, select: adminVideoSelect });
  },
  async findOwner(tx, slug) {
    const row = await tx.video.findUnique({ where: { slug }, select: { id: true, title: true } });
    return row && { id: row.id, label: row.title };
  },
  create: (tx, { published, ...data }) =>
    tx.video.create({
      data: { ...data, publishedAt: published ? new Date() : null },
      select: adminVideoSelect,
    }),
  // A video that stays published keeps its date (the library is ordered by it); one published
  // again after being taken down is new in the library today.
  update: (tx, id, { published, ...data }, current) =>
    tx.video.update({
      where: { id },
      data: { ...data, publishedAt: published ? (current.publishedAt ?? new Date()) : null },
      select: adminVideoSelect,
    }),
  async remove(tx, id) {
    await tx.video.delete({ where: { id } });
  },
  audited: ({ id: _id, updatedAt: _updatedAt, ...fields }) => fields,
  async check(tx, data, ownId) {
    const same = await tx.video.findUnique({
      where: { provider_providerId: { provider: data.provider, providerId: data.providerId } },
      select: { id: true, title: true },
    });
    if (same && same.id !== ownId)
      return { videoUrl: `This video is already in the library as “${same.title}”` };
    return missingZone(tx, data.zoneId);
  },
  raced: { slug: "Another video took this slug or this video a moment ago; check both and save again" },
});
