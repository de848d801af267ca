// Articles and everything hanging off them (tags, likes, daily views, events, revisions),
// written in batches. Bodies go to a temporary table once and are joined in server-side, so
// the ~20 KB of markdown/HTML/text per article is never sent over the wire per row.
import type { ClientBase } from "pg";
import { RENDER_VERSION, type RenderedMarkdown } from "@/lib/markdown/render";
import type { ArticlePlan } from "./article-plan";
import { bulkInsert, utc, utcDay } from "./bulk-insert";
import type { Progress } from "./progress";
import { startOfUtcDay, VIEW_DAYS } from "./published-articles";
import type { TaxonomyIds } from "./write-taxonomy";

const ARTICLE_BATCH = 1000;
const DAY = 86_400_000;

export interface ArticleCounts {
  tags: number;
  likes: number;
  dailyViews: number;
  events: number;
  revisions: number;
}

export async function stageBodies(
  client: ClientBase,
  markdown: readonly string[],
  rendered: readonly RenderedMarkdown[],
): Promise<void> {
  await client.query(
    `CREATE TEMP TABLE seed_body (idx int4 PRIMARY KEY, markdown text, html text, text text, toc jsonb, words int4, minutes int4) ON COMMIT DROP`,
  );
  await bulkInsert(
    client,
    "seed_body",
    [
      { name: "idx", type: "int4", values: markdown.map((_, i) => i) },
      { name: "markdown", type: "text", values: markdown },
      { name: "html", type: "text", values: rendered.map((r) => r.html) },
      { name: "text", type: "text", values: rendered.map((r) => r.text) },
      { name: "toc", type: "jsonb", values: rendered.map((r) => JSON.stringify(r.toc)) },
      { name: "words", type: "int4", values: rendered.map((r) => r.wordCount) },
      { name: "minutes", type: "int4", values: rendered.map((r) => r.readingMinutes) },
    ],
    "",
    100,
  );
}

const ARTICLE_SQL = `
INSERT INTO "Article" ("id", "slug", "title", "summary", "bodyMarkdown", "bodyHtml", "bodyText", "renderVersion", "toc",
  "wordCount", "readingMinutes", "coverImageUrl", "status", "authorId", "zoneId", "categoryId", "publishedAt",
  "submittedAt", "viewCount", "likeCount", "version", "editorNote", "createdAt", "updatedAt")
SELECT a.id, a.slug, a.title, a.summary, b.markdown, b.html, b.text, $19::int4, b.toc, b.words, b.minutes, a.cover,
  a.status, a.author, a.zone, a.category, a.published, a.submitted, a.views, a.likes, a.version, a.note, a.created, a.updated
FROM unnest($1::int4[], $2::text[], $3::text[], $4::text[], $5::int4[], $6::text[], $7::"ArticleStatus"[], $8::int4[],
  $9::int4[], $10::int4[], $11::timestamp[], $12::timestamp[], $13::int4[], $14::int4[], $15::int4[], $16::text[],
  $17::timestamp[], $18::timestamp[])
  AS a(id, slug, title, summary, body, cover, status, author, zone, category, published, submitted, views, likes,
       version, note, created, updated)
JOIN seed_body b ON b.idx = a.body`;

const REVISION_SQL = `
INSERT INTO "ArticleRevision" ("articleId", "editorId", "title", "summary", "bodyMarkdown", "version", "reason", "createdAt")
SELECT r.article, r.editor, r.title, r.summary, b.markdown, r.version, 'submit', r.created
FROM unnest($1::int4[], $2::int4[], $3::text[], $4::text[], $5::int4[], $6::int4[], $7::timestamp[])
  AS r(article, editor, title, summary, body, version, created)
JOIN seed_body b ON b.idx = r.body`;

async function insertArticleRows(
  client: ClientBase,
  batch: readonly ArticlePlan[],
  ids: TaxonomyIds,
): Promise<void> {
  const zoneId = (plan: ArticlePlan) => ids.zoneBySlug.get(plan.zone.slug);
  await client.query(ARTICLE_SQL, [
    batch.map((p) => p.id),
    batch.map((p) => p.slug),
    batch.map((p) => p.title),
    batch.map((p) => p.summary),
    batch.map((p) => p.body),
    batch.map((p) => p.coverImageUrl),
    batch.map((p) => p.status),
    batch.map((p) => p.authorId),
    batch.map(zoneId),
    // Denormalised from the zone (Article.categoryId), so category feeds are one index scan.
    batch.map((p) => ids.categoryBySlug.get(p.zone.categorySlug)),
    batch.map((p) => utc(p.publishedAt)),
    batch.map((p) => utc(p.submittedAt)),
    batch.map((p) => p.viewCount),
    batch.map((p) => p.likers.length),
    batch.map((p) => p.version),
    batch.map((p) => p.editorNote),
    batch.map((p) => utc(p.createdAt)),
    batch.map((p) => utc(p.updatedAt)),
    RENDER_VERSION,
  ]);
}

/** Like times fall between publication and now, spread deterministically per (user, article). */
function likedAt(plan: ArticlePlan, userId: number, now: Date): string {
  const from = (plan.publishedAt ?? plan.createdAt).getTime();
  const fraction = ((userId * 7919 + plan.id * 104_729) % 1000) / 1000;
  return new Date(from + (now.getTime() - from) * fraction).toISOString();
}

async function insertRelations(
  client: ClientBase,
  batch: readonly ArticlePlan[],
  ids: TaxonomyIds,
  now: Date,
  counts: ArticleCounts,
) {
  const tagPairs = batch.flatMap((p) =>
    [...new Set(p.tags)].map((name) => [p.id, ids.tagByName.get(name) as number] as const),
  );
  const likes = batch.flatMap((p) => p.likers.map((userId) => ({ p, userId })));
  const today = startOfUtcDay(now).getTime();
  const views = batch.flatMap((p) =>
    (p.dailyViews ?? []).flatMap((count, i) =>
      count > 0 ? [{ id: p.id, day: utcDay(new Date(today - (VIEW_DAYS - 1 - i) * DAY)), count }] : [],
    ),
  );
  const events = batch.flatMap((p) => p.events.map((e) => ({ id: p.id, ...e })));
  const revisions = batch.filter((p) => p.revisionAtSubmit && p.submittedAt);

  await bulkInsert(client, "ArticleTag", [
    { name: "articleId", type: "int4", values: tagPairs.map(([articleId]) => articleId) },
    { name: "tagId", type: "int4", values: tagPairs.map(([, tagId]) => tagId) },
  ]);
  await bulkInsert(client, "ArticleLike", [
    { name: "userId", type: "int4", values: likes.map((l) => l.userId) },
    { name: "articleId", type: "int4", values: likes.map((l) => l.p.id) },
    { name: "createdAt", type: "timestamp", values: likes.map((l) => likedAt(l.p, l.userId, now)) },
  ]);
  await bulkInsert(client, "ArticleDailyView", [
    { name: "articleId", type: "int4", values: views.map((v) => v.id) },
    { name: "day", type: "date", values: views.map((v) => v.day) },
    { name: "count", type: "int4", values: views.map((v) => v.count) },
  ]);
  await bulkInsert(client, "ArticleEvent", [
    { name: "articleId", type: "int4", values: events.map((e) => e.id) },
    { name: "actorId", type: "int4", values: events.map((e) => e.actorId) },
    { name: "fromStatus", type: '"ArticleStatus"', values: events.map((e) => e.from) },
    { name: "toStatus", type: '"ArticleStatus"', values: events.map((e) => e.to) },
    { name: "note", type: "text", values: events.map((e) => e.note) },
    { name: "createdAt", type: "timestamp", values: events.map((e) => utc(e.at)) },
  ]);
  if (revisions.length > 0) {
    await client.query(REVISION_SQL, [
      revisions.map((p) => p.id),
      revisions.map((p) => p.authorId),
      revisions.map((p) => p.title),
      revisions.map((p) => p.summary),
      revisions.map((p) => p.body),
      // The snapshot is of the version that was submitted (before the editor's decision).
      revisions.map(() => 2),
      revisions.map((p) => utc(p.submittedAt)),
    ]);
  }
  counts.tags += tagPairs.length;
  counts.likes += likes.length;
  counts.dailyViews += views.length;
  counts.events += events.length;
  counts.revisions += revisions.length;
}

export async function writeArticles(
  client: ClientBase,
  plans: readonly ArticlePlan[],
  ids: TaxonomyIds,
  now: Date,
  progress: Progress,
): Promise<ArticleCounts> {
  const counts: ArticleCounts = { tags: 0, likes: 0, dailyViews: 0, events: 0, revisions: 0 };
  progress.start("Writing articles", plans.length);
  for (let start = 0; start < plans.length; start += ARTICLE_BATCH) {
    const batch = plans.slice(start, start + ARTICLE_BATCH);
    await insertArticleRows(client, batch, ids);
    await insertRelations(client, batch, ids, now, counts);
    progress.increment(batch.length);
  }
  progress.stop();
  await client.query(
    `SELECT setval(pg_get_serial_sequence('"Article"', 'id'), (SELECT max("id") FROM "Article"))`,
  );
  return counts;
}
