import { formatDuration } from "@/components/video/duration";
import type { AdminCategory, AdminZone } from "@/lib/db/site-admin-categories";
import type { AdminEvent } from "@/lib/db/site-admin-events";
import type { AdminVideo } from "@/lib/db/site-admin-videos";
import type { AdminPage } from "@/lib/db/pages";
import { videoPageUrl } from "@/lib/site-admin/video-url";
import { toWallTime } from "@/lib/site-admin/zoned-time";

// The site-management entities as their forms hold them: every field a string (or boolean) the
// inputs show, plus id and the updatedAt the next save names. The route handlers answer with the
// same shapes, so a form can take the server's saved (or conflicting) version as it is.

export interface CategoryValues {
  name: string;
  slug: string;
  description: string;
}

export interface CategoryDto extends CategoryValues {
  id: number;
  updatedAt: string;
}

export function toCategoryDto(row: AdminCategory): CategoryDto {
  return {
    id: row.id,
    name: row.name,
    slug: row.slug,
    description: row.description,
    updatedAt: row.updatedAt.toISOString(),
  };
}

export interface ZoneValues extends CategoryValues {
  /** The category's id as the select holds it. */
  categoryId: string;
}

export interface ZoneDto extends ZoneValues {
  id: number;
  updatedAt: string;
}

export function toZoneDto(row: AdminZone): ZoneDto {
  return { ...toCategoryDto(row), categoryId: String(row.categoryId) };
}

export interface EventValues {
  title: string;
  slug: string;
  summary: string;
  bodyMarkdown: string;
  timezone: string;
  /** Wall-clock times in `timezone`, as <input type="datetime-local"> holds them. */
  startsAt: string;
  endsAt: string;
  format: "IN_PERSON" | "ONLINE";
  location: string;
  onlineUrl: string;
  registrationUrl: string;
  /** "" for no zone. */
  zoneId: string;
}

export interface EventDto extends EventValues {
  id: number;
  updatedAt: string;
}

export function toEventDto(row: AdminEvent): EventDto {
  return {
    id: row.id,
    title: row.title,
    slug: row.slug,
    summary: row.summary,
    bodyMarkdown: row.bodyMarkdown,
    timezone: row.timezone,
    startsAt: toWallTime(row.startsAt, row.timezone),
    endsAt: row.endsAt ? toWallTime(row.endsAt, row.timezone) : "",
    format: row.location ? "IN_PERSON" : "ONLINE",
    location: row.location ?? "",
    onlineUrl: row.onlineUrl ?? "",
    registrationUrl: row.registrationUrl ?? "",
    zoneId: row.zoneId === null ? "" : String(row.zoneId),
    updatedAt: row.updatedAt.toISOString(),
  };
}

export interface VideoValues {
  title: string;
  slug: string;
  summary: string;
  zoneId: string;
  /** The address pasted (or, for a stored video, its page on the provider's site). */
  videoUrl: string;
  /** "12:34" or "1:02:03". */
  duration: string;
  published: boolean;
}

export interface VideoDto extends VideoValues {
  id: number;
  publishedAt: string | null;
  updatedAt: string;
}

export function toVideoDto(row: AdminVideo): VideoDto {
  return {
    id: row.id,
    title: row.title,
    slug: row.slug,
    summary: row.summary,
    zoneId: row.zoneId === null ? "" : String(row.zoneId),
    videoUrl: videoPageUrl(row.provider, row.providerId),
    duration: formatDuration(row.durationSeconds),
    published: row.publishedAt !== null,
    publishedAt: row.publishedAt?.toISOString() ?? null,
    updatedAt: row.updatedAt.toISOString(),
  };
}

export interface PageValues {
  title: string;
  slug: string;
  bodyMarkdown: string;
}

export interface PageDto extends PageValues {
  id: number;
  updatedAt: string;
}

export function toPageDto(row: AdminPage): PageDto {
  return {
    id: row.id,
    title: row.title,
    slug: row.slug,
    bodyMarkdown: row.bodyMarkdown,
    updatedAt: row.updatedAt.toISOString(),
  };
}
