import "server-only";
import { MARK_START, MARK_STOP } from "@/lib/search/highlight";
import { SEARCH_TYPES, type SearchType } from "@/lib/search/query";
import { db } from "./client";
import { Prisma } from "./generated/client";

// Full-text search over published articles, Refcards, Trend Reports, events and videos, with
// PostgreSQL's websearch syntax ("quoted phrases", or, -excluded). Every match is decided on the
// generated "searchVector" (English; title A, summary B, body C). docs/architecture.md "Search"
// explains the ranking and why articles are ranked among a bounded set of candidates.

/**
 * Articles ranked per search: the newest matches, plus the newest title/summary matches (so an
 * old article titled with a common word still competes). When a query matches fewer articles
 * than this, every match is ranked.
 */
export const SEARCH_CANDIDATES = 1000;

export type QueryAnalysis =
  | { searchable: true }
  /** Nothing to look for: only punctuation, or only words too common to index ("the", "and"). */
  | { searchable: false; reason: "no-words" | "only-excluded" };

/**
 * Whether `q` (already normalised) gives PostgreSQL something to look for. A query of only
 * excluded words ("-java") would match nearly everything and cannot use the index, so it is
 * refused like an empty one.
 */
export async function analyseQuery(q: string): Promise<QueryAnalysis> {
  if (q === "") return { searchable: false, reason: "no-words" };
  const [row] = await db.$queryRaw<{ nodes: number; tree: string }[]>`
    SELECT numnode(query) AS nodes, querytree(query) AS tree
    FROM websearch_to_tsquery('english', ${q}) AS query`;
  if (!row || row.nodes === 0) return { searchable: false, reason: "no-words" };
  if (row.tree === "T" || row.tree === "") return { searchable: false, reason: "only-excluded" };
  return { searchable: true };
}

export interface SearchHit {
  type: SearchType;
  id: number;
  slug: string;
  /** The title with matched words between MARK_START and MARK_STOP (lib/search/highlight.ts). */
  title: string;
  /** Up to two fragments of the text around the matches, marked the same way. */
  snippet: string;
  /** Published (articles, resources, videos) or starting (events). */
  date: Date;
  zone: { slug: string; name: string } | null;
  /** Author name(s); null for events and videos. */
  byline: string | null;
  /** Refcard number. */
  number: number | null;
}

export type SearchCounts = Record<SearchType, number>;

export interface SearchResultPage {
  hits: SearchHit[];
  /** Results in ranked order across every page (articles beyond the candidates are not ranked). */
  ranked: number;
  /** Matches per type, for the type filters (the zone filter applies; the type filter does not). */
  counts: SearchCounts;
}

export interface SearchInput {
  /** Normalised and checked with analyseQuery. */
  q: string;
  /** Only these types (null: every type). */
  type: SearchType | null;
  zoneId: number | null;
  page: number;
  pageSize: number;
  now: Date;
}

const HEADLINE_OPTIONS = `StartSel=${MARK_START}, StopSel=${MARK_STOP}, MaxWords=35, MinWords=15, ShortWord=3`;
const TITLE_OPTIONS = `StartSel=${MARK_START}, StopSel=${MARK_STOP}, HighlightAll=true`;
/**
 * ts_headline parses all the text it is given (~1 ms per 6 KB here), so it gets a window of the
 * text: from a little before the first place one of the query's words appears.
 */
const SNIPPET_WINDOW_CHARS = 2000;
const SNIPPET_LEAD_CHARS = 200;

function query(q: string): Prisma.Sql {
  return Prisma.sql`websearch_to_tsquery('english', ${q})`;
}

/**
 * A mild recency boost: new content is worth up to 15% more, half of that after ~4 months, so a
 * better match from years ago still wins over a slightly worse one from last week.
 */
function boost(at: Prisma.Sql, now: Date): Prisma.Sql {
  return Prisma.sql`(1 + 0.15 * exp(-abs(extract(epoch FROM (${now}::timestamp - ${at}))) / (86400.0 * 180)))`;
}

/**
 * ts_rank_cd of the whole vector plus the title's own share (weight A only), both squashed into
 * [0, 1) (normalisation 32). A title match therefore scores at least 1 and a match in the body
 * alone less than 1, however often the body repeats the word.
 */
function score(vector: Prisma.Sql, titleVector: Prisma.Sql, q: string, at: Prisma.Sql, now: Date) {
  return Prisma.sql`((ts_rank_cd(${vector}, ${query(q)}, 32) + ts_rank_cd('{0,0,0,1}', ${titleVector}, ${query(q)}, 32)) * ${boost(at, now)})`;
}

function zoneOf(column: Prisma.Sql, zoneId: number | null): Prisma.Sql {
  return zoneId === null ? Prisma.empty : Prisma.sql`AND ${column} = ${zoneId}`;
}

interface PageRow {
  articles: number;
  refcards: number;
  trendReports: number;
  events: number;
  videos: number;
  ranked: number;
  page: [SearchType, number][] | null;
}

/** One page of ranked results and the match counts per type. */
export async function searchContent(input: SearchInput): Promise<SearchResultPage> {
  const { q, zoneId, now } = input;
  const types = input.type ? [input.type] : [...SEARCH_TYPES];
  const resourceZone =
    zoneId === null
      ? Prisma.empty
      : Prisma.sql`AND EXISTS (SELECT 1 FROM "ResourceZone" rz WHERE rz."resourceId" = r.id AND rz."zoneId" = ${zoneId})`;
  const offset = (input.page - 1) * input.pageSize;
  const rows = await db.$transaction(async (tx) => {
    // The planner does not count the decompression of each full vector it would test, so for a
    // common word it picks a sequential scan that decompresses every article's vector (1.3 s on
    // 100k articles) over the index's bitmap, which needs none (0.3 s). Only this statement.
    await tx.$executeRaw`SET LOCAL enable_seqscan = off`;
    return tx.$queryRaw<PageRow[]>`
      WITH article_matches AS MATERIALIZED (
        SELECT a.id, a."publishedAt" AS at FROM "Article" a
        WHERE a.status = 'PUBLISHED' AND a."searchVector" @@ ${query(q)} ${zoneOf(Prisma.sql`a."zoneId"`, zoneId)}
      ), article_head AS MATERIALIZED (
        SELECT a.id FROM "Article" a
        WHERE a.status = 'PUBLISHED' AND a."searchHead" @@ ${query(q)} ${zoneOf(Prisma.sql`a."zoneId"`, zoneId)}
      ), article_candidates AS (
        (SELECT id FROM article_matches ORDER BY at DESC, id DESC LIMIT ${SEARCH_CANDIDATES})
        UNION
        -- Joined with the full matches: the head alone would let "-excluded" words in the body through.
        (SELECT id FROM article_head JOIN article_matches USING (id) ORDER BY at DESC, id DESC LIMIT ${SEARCH_CANDIDATES})
      ), resource_matches AS (
        SELECT r.id, CASE r.kind WHEN 'REFCARD' THEN 'refcards' ELSE 'trend-reports' END AS type,
               r."publishedAt" AS at, ${score(Prisma.sql`r."searchVector"`, Prisma.sql`r."searchVector"`, q, Prisma.sql`r."publishedAt"`, now)} AS score
        FROM "Resource" r
        WHERE r."publishedAt" <= ${now}::timestamp AND r."searchVector" @@ ${query(q)} ${resourceZone}
      ), event_matches AS (
        SELECT e.id, 'events' AS type, e."startsAt" AS at,
               ${score(Prisma.sql`e."searchVector"`, Prisma.sql`e."searchVector"`, q, Prisma.sql`e."startsAt"`, now)} AS score
        FROM "Event" e
        WHERE e."searchVector" @@ ${query(q)} ${zoneOf(Prisma.sql`e."zoneId"`, zoneId)}
      ), video_matches AS (
        SELECT v.id, 'videos' AS type, v."publishedAt" AS at,
               ${score(Prisma.sql`v."searchVector"`, Prisma.sql`v."searchVector"`, q, Prisma.sql`v."publishedAt"`, now)} AS score
        FROM "Video" v
        WHERE v."publishedAt" <= ${now}::timestamp AND v."searchVector" @@ ${query(q)} ${zoneOf(Prisma.sql`v."zoneId"`, zoneId)}
      ), ranked AS (
        SELECT a.id, 'articles' AS type, a."publishedAt" AS at,
               ${score(Prisma.sql`a."searchVector"`, Prisma.sql`a."searchHead"`, q, Prisma.sql`a."publishedAt"`, now)} AS score
        FROM article_candidates c JOIN "Article" a USING (id)
        WHERE 'articles' = ANY(${types}::text[])
        UNION ALL SELECT * FROM resource_matches WHERE type = ANY(${types}::text[])
        UNION ALL SELECT * FROM event_matches WHERE 'events' = ANY(${types}::text[])
        UNION ALL SELECT * FROM video_matches WHERE 'videos' = ANY(${types}::text[])
      ), page AS (
        SELECT type, id, score, at FROM ranked
        ORDER BY score DESC, at DESC, type, id DESC
        LIMIT ${input.pageSize} OFFSET ${offset}
      )
      SELECT
        (SELECT count(*) FROM article_matches)::int AS articles,
        (SELECT count(*) FROM resource_matches WHERE type = 'refcards')::int AS refcards,
        (SELECT count(*) FROM resource_matches WHERE type = 'trend-reports')::int AS "trendReports",
        (SELECT count(*) FROM event_matches)::int AS events,
        (SELECT count(*) FROM video_matches)::int AS videos,
        (SELECT count(*) FROM ranked)::int AS ranked,
        (SELECT json_agg(json_build_array(type, id) ORDER BY score DESC, at DESC, type, id DESC) FROM page) AS page`;
  });
  const row = rows[0];
  const counts: SearchCounts = {
    articles: row?.articles ?? 0,
    refcards: row?.refcards ?? 0,
    "trend-reports": row?.trendReports ?? 0,
    events: row?.events ?? 0,
    videos: row?.videos ?? 0,
  };
  const page = row?.page ?? [];
  return { hits: await loadHits(page, q), ranked: row?.ranked ?? 0, counts };
}

type HitRow = Omit<SearchHit, "type" | "date" | "byline" | "number"> & {
  date: Date | null;
  byline?: string | null;
  number?: number | null;
  kind?: string;
  zoneSlug: string | null;
  zoneName: string | null;
};

/** Titles and snippets of one page's hits, in the page's order. */
async function loadHits(page: [SearchType, number][], q: string): Promise<SearchHit[]> {
  const idsOf = (...types: SearchType[]) => page.filter(([type]) => types.includes(type)).map(([, id]) => id);
  const [articles, resources, events, videos] = await Promise.all([
    hitRows(idsOf("articles"), (ids) => articleHits(ids, q)),
    hitRows(idsOf("refcards", "trend-reports"), (ids) => resourceHits(ids, q)),
    hitRows(idsOf("events"), (ids) => eventHits(ids, q)),
    hitRows(idsOf("videos"), (ids) => videoHits(ids, q)),
  ]);
  const byKey = new Map<string, SearchHit>();
  const add = (rows: HitRow[], typeOf: (row: HitRow) => SearchType) => {
    for (const row of rows) {
      const type = typeOf(row);
      byKey.set(`${type}:${row.id}`, {
        type,
        id: row.id,
        slug: row.slug,
        title: row.title,
        snippet: row.snippet.replace(/\s+/g, " ").trim(),
        date: row.date ?? new Date(0),
        zone: row.zoneSlug && row.zoneName ? { slug: row.zoneSlug, name: row.zoneName } : null,
        byline: row.byline ?? null,
        number: row.number ?? null,
      });
    }
  };
  add(articles, () => "articles");
  add(resources, (row) => (row.kind === "REFCARD" ? "refcards" : "trend-reports"));
  add(events, () => "events");
  add(videos, () => "videos");
  // A row deleted between the two queries is simply left out.
  return page.flatMap(([type, id]) => byKey.get(`${type}:${id}`) ?? []);
}

async function hitRows(ids: number[], load: (ids: number[]) => Promise<HitRow[]>): Promise<HitRow[]> {
  return ids.length === 0 ? [] : load(ids);
}

/** `text` with the highlight markers removed, so that every marker in ts_headline's output is its own. */
function unmarked(text: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`translate(${text}, ${MARK_START + MARK_STOP}, '  ')`;
}

/**
 * The part of `text` the snippet is taken from. The query's lexemes are English stems, which are
 * usually the start of the words in the text ("kubernet" → "Kubernetes"), so the first of them
 * found (case-insensitively) marks where the matches begin; the start of the text otherwise.
 */
function snippetSource(text: Prisma.Sql, q: string): Prisma.Sql {
  return Prisma.sql`substr(${text}, greatest(1, coalesce((
      SELECT min(found) FROM unnest(tsvector_to_array(to_tsvector('english', ${q}))) AS lexeme,
        LATERAL strpos(lower(${text}), lexeme) AS found
      WHERE found > 0
    ), 1) - ${SNIPPET_LEAD_CHARS}), ${SNIPPET_WINDOW_CHARS})`;
}

function headlines(title: Prisma.Sql, text: Prisma.Sql, q: string): Prisma.Sql {
  return Prisma.sql`
    ts_headline('english', ${unmarked(title)}, ${query(q)}, ${TITLE_OPTIONS}) AS title,
    ts_headline('english', ${unmarked(snippetSource(text, q))}, ${query(q)}, ${HEADLINE_OPTIONS}) AS snippet`;
}

function articleHits(ids: number[], q: string): Promise<HitRow[]> {
  return db.$queryRaw<HitRow[]>`
    SELECT a.id, a.slug, a."publishedAt" AS date, u.name AS byline, z.slug AS "zoneSlug", z.name AS "zoneName",
           ${headlines(Prisma.sql`a.title`, Prisma.sql`a.summary || E'\n' || a."bodyText"`, q)}
    FROM "Article" a
    JOIN "Zone" z ON z.id = a."zoneId"
    LEFT JOIN "User" u ON u.id = a."authorId"
    WHERE a.id = ANY(${ids}::int[]) AND a.status = 'PUBLISHED'`;
}

function resourceHits(ids: number[], q: string): Promise<HitRow[]> {
  return db.$queryRaw<HitRow[]>`
    SELECT r.id, r.slug, r.kind::text AS kind, r.number, r."publishedAt" AS date,
           (SELECT string_agg(u.name, ', ' ORDER BY ra.position, ra."userId")
              FROM "ResourceAuthor" ra JOIN "User" u ON u.id = ra."userId" WHERE ra."resourceId" = r.id) AS byline,
           z.slug AS "zoneSlug", z.name AS "zoneName",
           ${headlines(Prisma.sql`r.title`, Prisma.sql`r.summary || E'\n' || r."bodyText"`, q)}
    FROM "Resource" r
    LEFT JOIN LATERAL (
      SELECT z.slug, z.name FROM "ResourceZone" rz JOIN "Zone" z ON z.id = rz."zoneId"
      WHERE rz."resourceId" = r.id ORDER BY z.position, z.id LIMIT 1
    ) z ON true
    WHERE r.id = ANY(${ids}::int[])`;
}

function eventHits(ids: number[], q: string): Promise<HitRow[]> {
  return db.$queryRaw<HitRow[]>`
    SELECT e.id, e.slug, e."startsAt" AS date, z.slug AS "zoneSlug", z.name AS "zoneName",
           ${headlines(Prisma.sql`e.title`, Prisma.sql`e.summary || E'\n' || e."bodyText"`, q)}
    FROM "Event" e LEFT JOIN "Zone" z ON z.id = e."zoneId"
    WHERE e.id = ANY(${ids}::int[])`;
}

function videoHits(ids: number[], q: string): Promise<HitRow[]> {
  return db.$queryRaw<HitRow[]>`
    SELECT v.id, v.slug, v."publishedAt" AS date, z.slug AS "zoneSlug", z.name AS "zoneName",
           ${headlines(Prisma.sql`v.title`, Prisma.sql`v.summary`, q)}
    FROM "Video" v LEFT JOIN "Zone" z ON z.id = v."zoneId"
    WHERE v.id = ANY(${ids}::int[])`;
}
