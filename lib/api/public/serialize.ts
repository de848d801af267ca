import type { z } from "zod";
import type { ArticleDetail, ArticleSummary, AuthorRef } from "@/lib/db/articles";
import type { EventDetail, EventSummary } from "@/lib/db/events";
import type { PublicAuthor } from "@/lib/db/public-api";
import type { ResourceDetail, ResourceSummary } from "@/lib/db/resources";
import type { VideoDetail, VideoSummary } from "@/lib/db/videos";
import type { CategoryDirectoryEntry, ZoneDirectoryEntry } from "@/lib/db/zones";
import { feedLinks } from "@/lib/feeds/links";
import { contentPath, type SearchType } from "@/lib/search/query";
import { absoluteUrl, profileUrl } from "@/lib/seo/urls";
import type {
  articleDetailSchema,
  articleSchema,
  authorRefSchema,
  authorSchema,
  categorySchema,
  eventDetailSchema,
  eventSchema,
  resourceDetailSchema,
  resourceSchema,
  videoDetailSchema,
  videoSchema,
  zoneDetailSchema,
  zoneSchema,
} from "./schemas";

// lib/db DTOs as the API shows them: dates as ISO strings, links absolute, internal ids left out.

type Out<S extends z.ZodType> = z.input<S>;
type Tag = { slug: string; name: string };

const page = (path: string) => absoluteUrl(path);
const maybeAbsolute = (path: string | null) => (path === null ? null : absoluteUrl(path));
const zonePath = (slug: string) => `/zones/${encodeURIComponent(slug)}`;
const categoryPath = (slug: string) => `/categories/${encodeURIComponent(slug)}`;

function authorRef(author: AuthorRef): Out<typeof authorRefSchema> {
  return {
    username: author.username,
    name: author.name,
    isCore: author.isCore,
    avatarUrl: maybeAbsolute(author.avatarUrl),
    url: profileUrl(author.username),
  };
}

function zoneEntryJson(zone: ZoneDirectoryEntry): Out<typeof zoneSchema> {
  return {
    slug: zone.slug,
    name: zone.name,
    description: zone.description,
    url: page(zonePath(zone.slug)),
    articleCount: zone.articleCount,
  };
}

export function categoryJson(category: CategoryDirectoryEntry): Out<typeof categorySchema> {
  return {
    slug: category.slug,
    name: category.name,
    description: category.description,
    url: page(categoryPath(category.slug)),
    zones: category.zones.map(zoneEntryJson),
  };
}

export function zoneJson(
  zone: ZoneDirectoryEntry,
  category: CategoryDirectoryEntry,
): Out<typeof zoneDetailSchema> {
  return {
    ...zoneEntryJson(zone),
    category: { slug: category.slug, name: category.name, url: page(categoryPath(category.slug)) },
  };
}

/** What every kind of content starts with: its slug, title, summary and page. */
function contentJson(type: SearchType, item: { slug: string; title: string; summary: string }) {
  return {
    slug: item.slug,
    title: item.title,
    summary: item.summary,
    url: page(contentPath(type, item.slug)),
  };
}

export function articleJson(article: ArticleSummary, tags: Tag[]): Out<typeof articleSchema> {
  return {
    ...contentJson("articles", article),
    publishedAt: article.publishedAt.toISOString(),
    readingMinutes: article.readingMinutes,
    viewCount: article.viewCount,
    likeCount: article.likeCount,
    coverImageUrl: maybeAbsolute(article.coverImageUrl),
    author: article.author ? authorRef(article.author) : null,
    zone: article.zone,
    tags,
  };
}

export function articleDetailJson(article: ArticleDetail): Out<typeof articleDetailSchema> {
  return {
    ...articleJson(
      article,
      article.tags.map(({ slug, name }) => ({ slug, name })),
    ),
    bodyHtml: article.bodyHtml,
    toc: article.toc,
    wordCount: article.wordCount,
    updatedAt: article.updatedAt.toISOString(),
    editorNote: article.editorNote,
    canonicalUrl: article.canonicalUrl,
    category: article.category,
  };
}

export function resourceJson(resource: ResourceSummary): Out<typeof resourceSchema> {
  return {
    kind: resource.kind,
    number: resource.number,
    ...contentJson(resource.kind === "REFCARD" ? "refcards" : "trend-reports", resource),
    coverImageUrl: maybeAbsolute(resource.coverImageUrl),
    publishedAt: resource.publishedAt.toISOString(),
    authors: resource.authors.map(authorRef),
    zones: resource.zones,
  };
}

export function resourceDetailJson(resource: ResourceDetail): Out<typeof resourceDetailSchema> {
  return {
    ...resourceJson(resource),
    bodyHtml: resource.bodyHtml,
    updatedAt: resource.updatedAt.toISOString(),
  };
}

export function eventJson(event: EventSummary): Out<typeof eventSchema> {
  return {
    ...contentJson("events", event),
    startsAt: event.startsAt.toISOString(),
    endsAt: event.endsAt?.toISOString() ?? null,
    timezone: event.timezone,
    location: event.location,
    onlineUrl: event.onlineUrl,
    zone: event.zone,
  };
}

export function eventDetailJson(event: EventDetail): Out<typeof eventDetailSchema> {
  return {
    ...eventJson(event),
    bodyHtml: event.bodyHtml,
    registrationUrl: event.registrationUrl,
    updatedAt: event.updatedAt.toISOString(),
  };
}

export function videoJson(video: VideoSummary): Out<typeof videoSchema> {
  return {
    ...contentJson("videos", video),
    provider: video.provider,
    providerId: video.providerId,
    durationSeconds: video.durationSeconds,
    publishedAt: video.publishedAt.toISOString(),
    zone: video.zone,
  };
}

export function videoDetailJson(video: VideoDetail): Out<typeof videoDetailSchema> {
  return { ...videoJson(video), updatedAt: video.updatedAt.toISOString() };
}

export function authorJson(author: PublicAuthor): Out<typeof authorSchema> {
  return {
    ...authorRef(author),
    bioHtml: author.bioHtml,
    joinedAt: author.joinedAt.toISOString(),
    publishedArticleCount: author.publishedArticleCount,
    feedUrl: page(feedLinks(`/users/${encodeURIComponent(author.username)}`).rss),
  };
}
