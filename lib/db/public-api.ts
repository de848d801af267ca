import "server-only";
import { readDb } from "./client";
import { Prisma } from "./generated/client";

// Reads behind the public JSON API (/api/v1) that the pages do not need: keyset pages of ids
// (each noun's own file then reads the rows, so the API shows what the pages show), the tags
// of a page of articles, and the directory of authors. docs/api.md describes the API.

/** A position in a newest-first (or, for upcoming events, soonest-first) list: after this row. */
export interface Keyset {
  at: Date;
  id: number;
}

export interface IdPage {
  ids: number[];
  /** The last row of this page, when more rows follow. */
  next: Keyset | null;
}

function toPage(rows: { id: number; at: Date }[], limit: number): IdPage {
  const more = rows.length > limit;
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return { ids: page.map((row) => row.id), next: more && last ? { at: last.at, id: last.id } : null };
}

/**
 * One page of `table`'s ids where every condition holds, newest `at` first (id breaks ties), after
 * the keyset: `(at, id) < cursor` is a row comparison the (…, publishedAt, id) indexes answer
 * as a range. Fetches one row more than `limit` to know whether another page follows.
 */
async function newestFirstPage(
  table: "Article" | "Resource" | "Video",
  conditions: Prisma.Sql[],
  after: Keyset | null,
  limit: number,
): Promise<IdPage> {
  const where = after
    ? [...conditions, Prisma.sql`("publishedAt", id) < (${after.at}::timestamp, ${after.id})`]
    : conditions;
  const rows = await readDb.$queryRaw<{ id: number; at: Date }[]>`
    SELECT id, "publishedAt" AS at FROM ${Prisma.raw(`"${table}"`)}
    WHERE ${Prisma.join(where, " AND ")}
    ORDER BY "publishedAt" DESC, id DESC
    LIMIT ${limit + 1}`;
  return toPage(rows, limit);
}

const whenGiven = <T>(value: T | undefined, condition: (value: T) => Prisma.Sql): Prisma.Sql[] =>
  value === undefined ? [] : [condition(value)];

export interface ArticleFilter {
  zoneId?: number;
  authorId?: number;
  tagId?: number;
}

/**
 * One page of published articles, newest first, by keyset on (publishedAt, id): an article
 * published while a client pages cannot shift the pages it has not read yet, so none is seen
 * twice or skipped.
 */
export function listArticleIdPage(
  filter: ArticleFilter,
  after: Keyset | null,
  limit: number,
): Promise<IdPage> {
  return newestFirstPage(
    "Article",
    [
      Prisma.sql`status = 'PUBLISHED'`,
      ...whenGiven(filter.zoneId, (zoneId) => Prisma.sql`"zoneId" = ${zoneId}`),
      ...whenGiven(filter.authorId, (authorId) => Prisma.sql`"authorId" = ${authorId}`),
      ...whenGiven(
        filter.tagId,
        (tagId) =>
          Prisma.sql`EXISTS (SELECT 1 FROM "ArticleTag" t WHERE t."articleId" = "Article".id AND t."tagId" = ${tagId})`,
      ),
    ],
    after,
    limit,
  );
}

/** The tags of each article, by name, for a page of articles. */
export async function listTagsOfArticles(
  ids: number[],
): Promise<Map<number, { slug: string; name: string }[]>> {
  const rows =
    ids.length === 0
      ? []
      : await readDb.articleTag.findMany({
          where: { articleId: { in: ids } },
          orderBy: { tag: { name: "asc" } },
          select: { articleId: true, tag: { select: { slug: true, name: true } } },
        });
  const tags = new Map<number, { slug: string; name: string }[]>();
  for (const row of rows) tags.set(row.articleId, [...(tags.get(row.articleId) ?? []), row.tag]);
  return tags;
}

export async function getTagIdBySlug(slug: string): Promise<number | null> {
  return (await readDb.tag.findUnique({ where: { slug }, select: { id: true } }))?.id ?? null;
}

/** Published Refcards and Trend Reports (optionally one kind, one zone), newest first. */
export function listResourceIdPage(
  filter: { kind?: "REFCARD" | "TREND_REPORT"; zoneId?: number },
  after: Keyset | null,
  limit: number,
  now: Date,
): Promise<IdPage> {
  return newestFirstPage(
    "Resource",
    [
      Prisma.sql`"publishedAt" <= ${now}::timestamp`,
      ...whenGiven(filter.kind, (kind) => Prisma.sql`kind = ${kind}::"ResourceKind"`),
      ...whenGiven(
        filter.zoneId,
        (zoneId) =>
          Prisma.sql`EXISTS (SELECT 1 FROM "ResourceZone" rz WHERE rz."resourceId" = "Resource".id AND rz."zoneId" = ${zoneId})`,
      ),
    ],
    after,
    limit,
  );
}

/** Published videos (optionally of one zone), newest first. */
export function listVideoIdPage(
  filter: { zoneId?: number },
  after: Keyset | null,
  limit: number,
  now: Date,
): Promise<IdPage> {
  return newestFirstPage(
    "Video",
    [
      Prisma.sql`"publishedAt" <= ${now}::timestamp`,
      ...whenGiven(filter.zoneId, (zoneId) => Prisma.sql`"zoneId" = ${zoneId}`),
    ],
    after,
    limit,
  );
}

/**
 * Events (optionally of one zone): upcoming ones (not over at `now`, as the events page counts
 * them) soonest first, or past ones most recent first. Keyset on (startsAt, id).
 */
export async function listEventIdPage(
  filter: { zoneId?: number; when: "upcoming" | "past" },
  after: Keyset | null,
  limit: number,
  now: Date,
): Promise<IdPage> {
  const upcoming = filter.when === "upcoming";
  const over = Prisma.sql`coalesce(e."endsAt", e."startsAt") < ${now}::timestamp`;
  const rows = await readDb.$queryRaw<{ id: number; at: Date }[]>`
    SELECT e.id, e."startsAt" AS at FROM "Event" e
    WHERE ${upcoming ? Prisma.sql`NOT (${over})` : over}
      ${filter.zoneId === undefined ? Prisma.empty : Prisma.sql`AND e."zoneId" = ${filter.zoneId}`}
      ${
        after === null
          ? Prisma.empty
          : upcoming
            ? Prisma.sql`AND (e."startsAt", e.id) > (${after.at}::timestamp, ${after.id})`
            : Prisma.sql`AND (e."startsAt", e.id) < (${after.at}::timestamp, ${after.id})`
      }
    ORDER BY ${upcoming ? Prisma.sql`e."startsAt" ASC, e.id ASC` : Prisma.sql`e."startsAt" DESC, e.id DESC`}
    LIMIT ${limit + 1}`;
  return toPage(rows, limit);
}

export interface PublicAuthor {
  username: string;
  name: string;
  isCore: boolean;
  avatarUrl: string | null;
  bioHtml: string;
  joinedAt: Date;
  publishedArticleCount: number;
}

/**
 * Members with at least one published article (suspended accounts left out), by username, one
 * page after `afterUsername`. Walks the username index; each candidate is checked through the
 * (authorId, status, publishedAt) index.
 */
export async function listPublicAuthors(
  afterUsername: string | null,
  limit: number,
): Promise<{ authors: PublicAuthor[]; next: string | null }> {
  const rows = await readDb.$queryRaw<PublicAuthor[]>`
    SELECT u.username, u.name, u."isCore", u."avatarUrl", u."bioHtml", u."createdAt" AS "joinedAt",
           (SELECT count(*) FROM "Article" a WHERE a."authorId" = u.id AND a.status = 'PUBLISHED')::int
             AS "publishedArticleCount"
    FROM "User" u
    WHERE u."suspendedAt" IS NULL
      AND EXISTS (SELECT 1 FROM "Article" a WHERE a."authorId" = u.id AND a.status = 'PUBLISHED')
      ${afterUsername === null ? Prisma.empty : Prisma.sql`AND u.username > ${afterUsername}`}
    ORDER BY u.username
    LIMIT ${limit + 1}`;
  const authors = rows.slice(0, limit);
  return { authors, next: rows.length > limit ? (authors.at(-1)?.username ?? null) : null };
}
