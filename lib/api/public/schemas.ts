import { z } from "zod";

// The public JSON API's responses, one zod schema each. They are the contract three ways: the
// handlers build their bodies as these types and parse them through the schemas (so nothing
// unlisted, such as an email address, can slip out), the contract tests parse what the routes
// answer with them, and /api/v1/openapi.json is generated from them (lib/api/openapi.ts).

const dateTime = z.iso.datetime().meta({ example: "2026-05-01T12:00:00.000Z" });
const url = z.url().meta({ description: "Absolute URL of the page on this site" });
const slug = z.string().meta({ example: "kubernetes" });
/** A URL stored as given (by an editor, an upload, an OAuth provider): absolute, not re-validated. */
const storedUrl = z.string().meta({ format: "uri" });

export const zoneRefSchema = z.object({ slug, name: z.string() }).meta({ id: "ZoneRef" });
export const tagSchema = z.object({ slug, name: z.string() }).meta({ id: "Tag" });

export const authorRefSchema = z
  .object({
    username: z.string(),
    name: z.string(),
    isCore: z.boolean().meta({ description: "Member of the Core program (shown as a badge)" }),
    avatarUrl: storedUrl.nullable(),
    url,
  })
  .meta({ id: "AuthorRef" });

export const zoneSchema = z
  .object({
    slug,
    name: z.string(),
    description: z.string(),
    url,
    articleCount: z.int().min(0).meta({ description: "Published articles in the zone" }),
  })
  .meta({ id: "Zone" });

export const categorySchema = z
  .object({ slug, name: z.string(), description: z.string(), url, zones: z.array(zoneSchema) })
  .meta({ id: "Category", description: "A category with its zones in menu order" });

export const zoneDetailSchema = zoneSchema
  .extend({ category: z.object({ slug, name: z.string(), url }) })
  .meta({ id: "ZoneDetail" });

export const articleSchema = z
  .object({
    slug,
    title: z.string(),
    summary: z.string(),
    url,
    publishedAt: dateTime,
    readingMinutes: z.int().min(1),
    viewCount: z.int().min(0),
    likeCount: z.int().min(0),
    coverImageUrl: storedUrl.nullable(),
    author: authorRefSchema.nullable().meta({ description: "null: the author deleted their account" }),
    zone: zoneRefSchema,
    tags: z.array(tagSchema),
  })
  .meta({ id: "Article" });

export const articleDetailSchema = articleSchema
  .extend({
    bodyHtml: z.string().meta({ description: "The rendered, sanitized body" }),
    toc: z.array(z.object({ depth: z.int(), id: z.string(), text: z.string() })).meta({
      description: "Headings of the body; `id` is the anchor in bodyHtml",
    }),
    wordCount: z.int().min(0),
    updatedAt: dateTime,
    editorNote: z.string().nullable(),
    canonicalUrl: storedUrl
      .nullable()
      .meta({ description: "Where the article was first published, if elsewhere" }),
    category: z.object({ slug, name: z.string() }),
  })
  .meta({ id: "ArticleDetail" });

export const resourceSchema = z
  .object({
    kind: z.enum(["REFCARD", "TREND_REPORT"]),
    number: z
      .int()
      .nullable()
      .meta({ description: "Refcard number (#1 is the oldest); null for Trend Reports" }),
    slug,
    title: z.string(),
    summary: z.string(),
    url,
    coverImageUrl: storedUrl.nullable(),
    publishedAt: dateTime,
    authors: z.array(authorRefSchema),
    zones: z.array(zoneRefSchema),
  })
  .meta({ id: "Resource" });

export const resourceDetailSchema = resourceSchema
  .extend({
    bodyHtml: z
      .string()
      .meta({ description: "The preview, rendered and sanitized; the PDF needs a signed-in member" }),
    updatedAt: dateTime,
  })
  .meta({ id: "ResourceDetail" });

export const eventSchema = z
  .object({
    slug,
    title: z.string(),
    summary: z.string(),
    url,
    startsAt: dateTime,
    endsAt: dateTime.nullable(),
    timezone: z
      .string()
      .meta({ description: "IANA time zone the event is announced in", example: "Europe/Berlin" }),
    location: z.string().nullable().meta({ description: "Venue; null for online events" }),
    onlineUrl: storedUrl.nullable(),
    zone: zoneRefSchema.nullable(),
  })
  .meta({ id: "Event" });

export const eventDetailSchema = eventSchema
  .extend({ bodyHtml: z.string(), registrationUrl: storedUrl.nullable(), updatedAt: dateTime })
  .meta({ id: "EventDetail" });

export const videoSchema = z
  .object({
    slug,
    title: z.string(),
    summary: z.string(),
    url,
    provider: z.enum(["YOUTUBE", "VIMEO"]),
    providerId: z.string(),
    durationSeconds: z.int().min(0),
    publishedAt: dateTime,
    zone: zoneRefSchema.nullable(),
  })
  .meta({ id: "Video" });

export const videoDetailSchema = videoSchema.extend({ updatedAt: dateTime }).meta({ id: "VideoDetail" });

export const authorSchema = z
  .object({
    username: z.string(),
    name: z.string(),
    isCore: z.boolean(),
    avatarUrl: storedUrl.nullable(),
    url,
    bioHtml: z.string().meta({ description: "The bio, rendered and sanitized" }),
    joinedAt: dateTime,
    publishedArticleCount: z.int().min(0),
    feedUrl: z.url().meta({ description: "RSS feed of the author's articles" }),
  })
  .meta({ id: "Author" });

const nextCursor = z
  .string()
  .nullable()
  .meta({ description: "Pass as `cursor` (with the same filters) for the next page; null on the last page" });

/** `{ data: [...], next }`: every list endpoint. */
export function listOf<T extends z.ZodType>(item: T, id: string) {
  return z.object({ data: z.array(item), next: nextCursor }).meta({ id });
}

/** `{ data: {...} }`: every single-item endpoint. */
export function oneOf<T extends z.ZodType>(item: T, id: string) {
  return z.object({ data: item }).meta({ id });
}

export const categoryListSchema = listOf(categorySchema, "CategoryList");
export const categoryResponseSchema = oneOf(categorySchema, "CategoryResponse");
export const zoneResponseSchema = oneOf(zoneDetailSchema, "ZoneResponse");
export const articleListSchema = listOf(articleSchema, "ArticleList");
export const articleResponseSchema = oneOf(articleDetailSchema, "ArticleResponse");
export const resourceListSchema = listOf(resourceSchema, "ResourceList");
export const resourceResponseSchema = oneOf(resourceDetailSchema, "ResourceResponse");
export const eventListSchema = listOf(eventSchema, "EventList");
export const eventResponseSchema = oneOf(eventDetailSchema, "EventResponse");
export const videoListSchema = listOf(videoSchema, "VideoList");
export const videoResponseSchema = oneOf(videoDetailSchema, "VideoResponse");
export const authorListSchema = listOf(authorSchema, "AuthorList");
export const authorResponseSchema = oneOf(authorSchema, "AuthorResponse");

/** RFC 9457 problem details, as lib/http/problem.ts writes them. */
export const problemSchema = z
  .object({
    type: z.string().meta({ example: "about:blank" }),
    title: z.string(),
    status: z.int(),
    detail: z.string().optional(),
    code: z.string().optional().meta({ description: "Machine-readable reason, e.g. not-found, throttled" }),
    errors: z
      .record(z.string(), z.string())
      .optional()
      .meta({ description: "One message per invalid parameter or field" }),
  })
  .meta({ id: "Problem" });
