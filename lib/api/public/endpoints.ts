import "server-only";
import type { z } from "zod";
import { TAGS } from "@/lib/cache/tags";
import { getPublishedArticleBySlug, listPublishedArticlesByIds } from "@/lib/db/articles";
import { getEventBySlug, listEventsByIds } from "@/lib/db/events";
import {
  getTagIdBySlug,
  listArticleIdPage,
  listEventIdPage,
  listPublicAuthors,
  listResourceIdPage,
  listTagsOfArticles,
  listVideoIdPage,
  type IdPage,
  type Keyset,
} from "@/lib/db/public-api";
import { getPublishedResourceBySlug, listPublishedResourcesByIds } from "@/lib/db/resources";
import { getPublicProfile } from "@/lib/db/users";
import { getPublishedVideoBySlug, listPublishedVideosByIds } from "@/lib/db/videos";
import { getZoneBySlug, listZoneDirectory, type CategoryDirectoryEntry } from "@/lib/db/zones";
import type { FieldErrors } from "@/lib/http/problem";
import { decodeKeyset, decodeName, encodeKeyset, encodeName } from "./cursor";
import {
  articleListQuery,
  authorListQuery,
  emptyQuery,
  eventListQuery,
  resourceListQuery,
  slugPath,
  usernamePath,
  videoListQuery,
} from "./params";
import * as schemas from "./schemas";
import * as json from "./serialize";

// Every endpoint of the public API: what it reads, which cache tags its answer carries, and
// which schema its body must pass. Uncached and framework-free: app/api/v1/_lib caches them and
// turns them into HTTP responses; tests call them directly too.

export type EndpointInput = Record<string, string | number | undefined>;

export type Outcome =
  | { ok: true; body: unknown; next: string | null }
  | { ok: false; status: 400 | 404; detail: string; errors?: FieldErrors };

interface Endpoint<Q extends z.ZodType> {
  /** Query (and path) parameters, parsed before load. */
  params: Q;
  /** What a successful body must parse as (the OpenAPI document describes the same schema). */
  response: z.ZodType;
  /** The answer; `tag` adds cache tags as it learns them (some depend on what was found). */
  load(input: z.output<Q>, tag: (...tags: string[]) => void): Promise<Outcome>;
}

const notFound = (detail: string): Outcome => ({ ok: false, status: 404, detail });
const badCursor: Outcome = {
  ok: false,
  status: 400,
  detail: "The cursor is not one this API gave out; start again without it",
  errors: { cursor: "Use the `next` value of the previous page" },
};

function list(body: unknown[], next: string | null): Outcome {
  return { ok: true, body: { data: body, next }, next };
}

function one(body: unknown): Outcome {
  return { ok: true, body: { data: body }, next: null };
}

/** The keyset in `cursor`; undefined when it is malformed (400), null without one. */
function keysetOf(cursor: string | undefined): Keyset | null | undefined {
  if (cursor === undefined || cursor === "") return null;
  return decodeKeyset(cursor) ?? undefined;
}

const nextOf = (page: IdPage) => (page.next ? encodeKeyset(page.next) : null);

/** Zone slug → id, or the 404 naming the filter. */
async function zoneFilter(slug: string | undefined): Promise<{ zoneId?: number } | Outcome> {
  if (slug === undefined) return {};
  const zone = await getZoneBySlug(slug);
  return zone ? { zoneId: zone.id } : notFound(`There is no zone “${slug}”`);
}

function isOutcome(value: object): value is Outcome {
  return "ok" in value;
}

/**
 * A keyset-paged list that may be narrowed to a zone (articles, resources, events, videos): the
 * cursor and the zone checked first, then `page` (which may refuse further filters), then the
 * rows of the page's ids.
 */
async function pagedList(
  { zone, cursor }: { zone?: string; cursor?: string },
  page: (byZone: { zoneId?: number }, after: Keyset | null) => Promise<IdPage | Outcome>,
  rows: (ids: number[]) => Promise<unknown[]>,
): Promise<Outcome> {
  const after = keysetOf(cursor);
  if (after === undefined) return badCursor;
  const byZone = await zoneFilter(zone);
  if (isOutcome(byZone)) return byZone;
  const ids = await page(byZone, after);
  if (isOutcome(ids)) return ids;
  return list(await rows(ids.ids), nextOf(ids));
}

function directoryZones(directory: CategoryDirectoryEntry[]) {
  return directory.flatMap((category) => category.zones.map((zone) => ({ category, zone })));
}

function define<Q extends z.ZodType>(endpoint: Endpoint<Q>): Endpoint<Q> {
  return endpoint;
}

export const ENDPOINTS = {
  categories: define({
    params: emptyQuery,
    response: schemas.categoryListSchema,
    async load(_input, tag) {
      tag(TAGS.categories, TAGS.articles);
      return list((await listZoneDirectory()).map(json.categoryJson), null);
    },
  }),
  category: define({
    params: slugPath,
    response: schemas.categoryResponseSchema,
    async load({ slug }, tag) {
      tag(TAGS.categories, TAGS.articles, TAGS.category(slug));
      const category = (await listZoneDirectory()).find((entry) => entry.slug === slug);
      return category ? one(json.categoryJson(category)) : notFound(`There is no category “${slug}”`);
    },
  }),
  zone: define({
    params: slugPath,
    response: schemas.zoneResponseSchema,
    async load({ slug }, tag) {
      tag(TAGS.categories, TAGS.articles, TAGS.zone(slug));
      const found = directoryZones(await listZoneDirectory()).find(({ zone }) => zone.slug === slug);
      return found ? one(json.zoneJson(found.zone, found.category)) : notFound(`There is no zone “${slug}”`);
    },
  }),
  articles: define({
    params: articleListQuery,
    response: schemas.articleListSchema,
    async load({ author, tag: tagSlug, limit, ...paging }, tag) {
      tag(TAGS.articles, TAGS.categories);
      return pagedList(
        paging,
        async (byZone, after) => {
          const authorId = author === undefined ? undefined : (await getPublicProfile(author))?.id;
          if (author !== undefined && authorId === undefined)
            return notFound(`There is no author “${author}”`);
          const tagId = tagSlug === undefined ? undefined : ((await getTagIdBySlug(tagSlug)) ?? undefined);
          if (tagSlug !== undefined && tagId === undefined) return notFound(`There is no tag “${tagSlug}”`);
          return listArticleIdPage({ ...byZone, authorId, tagId }, after, limit);
        },
        async (ids) => {
          const [articles, tags] = await Promise.all([
            listPublishedArticlesByIds(ids),
            listTagsOfArticles(ids),
          ]);
          return articles.map((article) => json.articleJson(article, tags.get(article.id) ?? []));
        },
      );
    },
  }),
  article: define({
    params: slugPath,
    response: schemas.articleResponseSchema,
    async load({ slug }, tag) {
      tag(TAGS.articles);
      const article = await getPublishedArticleBySlug(slug);
      if (!article) return notFound(`There is no published article “${slug}”`);
      tag(TAGS.article(article.id), ...(article.author ? [TAGS.user(article.author.username)] : []));
      return one(json.articleDetailJson(article));
    },
  }),
  resources: define({
    params: resourceListQuery,
    response: schemas.resourceListSchema,
    async load({ kind, limit, ...paging }, tag) {
      tag(TAGS.resources);
      const now = new Date();
      const kindFilter =
        kind === undefined
          ? {}
          : { kind: kind === "refcard" ? ("REFCARD" as const) : ("TREND_REPORT" as const) };
      return pagedList(
        paging,
        (byZone, after) => listResourceIdPage({ ...byZone, ...kindFilter }, after, limit, now),
        async (ids) => (await listPublishedResourcesByIds(ids, now)).map(json.resourceJson),
      );
    },
  }),
  resource: define({
    params: slugPath,
    response: schemas.resourceResponseSchema,
    async load({ slug }, tag) {
      tag(TAGS.resources, TAGS.resource(slug));
      // Slugs are unique across both kinds.
      const resource =
        (await getPublishedResourceBySlug("REFCARD", slug)) ??
        (await getPublishedResourceBySlug("TREND_REPORT", slug));
      return resource
        ? one(json.resourceDetailJson(resource))
        : notFound(`There is no published resource “${slug}”`);
    },
  }),
  events: define({
    params: eventListQuery,
    response: schemas.eventListSchema,
    async load({ when, limit, ...paging }, tag) {
      tag(TAGS.events);
      return pagedList(
        paging,
        (byZone, after) => listEventIdPage({ ...byZone, when }, after, limit, new Date()),
        async (ids) => (await listEventsByIds(ids)).map(json.eventJson),
      );
    },
  }),
  event: define({
    params: slugPath,
    response: schemas.eventResponseSchema,
    async load({ slug }, tag) {
      tag(TAGS.events, TAGS.event(slug));
      const event = await getEventBySlug(slug);
      return event ? one(json.eventDetailJson(event)) : notFound(`There is no event “${slug}”`);
    },
  }),
  videos: define({
    params: videoListQuery,
    response: schemas.videoListSchema,
    async load({ limit, ...paging }, tag) {
      tag(TAGS.videos);
      const now = new Date();
      return pagedList(
        paging,
        (byZone, after) => listVideoIdPage(byZone, after, limit, now),
        async (ids) => (await listPublishedVideosByIds(ids, now)).map(json.videoJson),
      );
    },
  }),
  video: define({
    params: slugPath,
    response: schemas.videoResponseSchema,
    async load({ slug }, tag) {
      tag(TAGS.videos, TAGS.video(slug));
      const video = await getPublishedVideoBySlug(slug);
      return video ? one(json.videoDetailJson(video)) : notFound(`There is no published video “${slug}”`);
    },
  }),
  authors: define({
    params: authorListQuery,
    response: schemas.authorListSchema,
    async load({ limit, cursor }, tag) {
      tag(TAGS.articles);
      const after = cursor === undefined || cursor === "" ? null : decodeName(cursor);
      if (after === null && cursor) return badCursor;
      const { authors, next } = await listPublicAuthors(after, limit);
      return list(authors.map(json.authorJson), next === null ? null : encodeName(next));
    },
  }),
  author: define({
    params: usernamePath,
    response: schemas.authorResponseSchema,
    async load({ username }, tag) {
      tag(TAGS.user(username));
      const profile = await getPublicProfile(username);
      return profile ? one(json.authorJson(profile)) : notFound(`There is no member “${username}”`);
    },
  }),
};

export type EndpointName = keyof typeof ENDPOINTS;

/**
 * Runs endpoint `name` on input its own `params` schema produced. (TypeScript cannot pair a
 * union of names with each endpoint's input type, hence the one cast here.)
 */
export function loadEndpoint(
  name: EndpointName,
  input: unknown,
  tag: (...tags: string[]) => void,
): Promise<Outcome> {
  const endpoint = ENDPOINTS[name] as unknown as {
    load(input: unknown, tag: (...tags: string[]) => void): Promise<Outcome>;
  };
  return endpoint.load(input, tag);
}
