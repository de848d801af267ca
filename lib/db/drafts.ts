import "server-only";
import { parseRouteId } from "@/lib/api/route-id";
import { isPlaceholderSlug } from "@/lib/authoring/slug";
import { ArticleNotFoundError, IllegalTransitionError, transitionArticle } from "./article-transitions";
import { db } from "./client";
import type { ArticleStatus, Prisma } from "./generated/client";
import { ensureTags, type TagRef } from "./tags";

// An author's own articles: reads and writes for the drafts service (lib/authoring/drafts.ts).
// Ownership is in every WHERE clause, and a row that is not the caller's is reported exactly
// like a missing one. Saves are optimistic: the UPDATE names the version the author loaded, so
// of two saves made from the same version exactly one matches; the other changes nothing and
// is told what is stored now (Postgres re-checks the WHERE after waiting for the winner's lock).

export const EDITABLE_STATUSES: readonly ArticleStatus[] = ["DRAFT", "CHANGES_REQUESTED"];

const draftSelect = {
  id: true,
  slug: true,
  status: true,
  title: true,
  summary: true,
  bodyMarkdown: true,
  zoneId: true,
  coverImageUrl: true,
  version: true,
  updatedAt: true,
  submittedAt: true,
  publishedAt: true,
  wordCount: true,
  readingMinutes: true,
  tags: { select: { tag: { select: { name: true } } }, orderBy: { tag: { name: "asc" } } },
} as const satisfies Prisma.ArticleSelect;

type SelectedDraft = Prisma.ArticleGetPayload<{ select: typeof draftSelect }>;

export interface DraftRow extends Omit<SelectedDraft, "tags"> {
  tags: string[];
}

/** What a save stores: the author's fields plus what the service rendered from the body. */
export interface DraftContent {
  title: string;
  summary: string;
  bodyMarkdown: string;
  zoneId: number;
  categoryId: number;
  coverImageUrl: string | null;
  tags: TagRef[];
  bodyHtml: string;
  bodyText: string;
  toc: Prisma.InputJsonValue;
  wordCount: number;
  readingMinutes: number;
  renderVersion: number;
}

export type DraftWrite =
  | { ok: true; draft: DraftRow }
  | { ok: false; kind: "conflict"; current: DraftRow }
  | { ok: false; kind: "not-found" }
  | { ok: false; kind: "not-editable"; status: ArticleStatus };

type Failure = Exclude<DraftWrite, { ok: true }>;

/** Thrown inside a transaction to roll it back and hand `failure` to the caller. */
class Abort extends Error {
  constructor(readonly failure: Failure) {
    super(failure.kind);
  }
}

function toDraftRow({ tags, ...row }: SelectedDraft): DraftRow {
  return { ...row, tags: tags.map((link) => link.tag.name) };
}

function columns({ tags: _tags, ...content }: DraftContent) {
  return content;
}

/** The zone's category (articles keep it denormalised), or null for an unknown zone. */
export async function zoneCategoryId(zoneId: number): Promise<number | null> {
  const zone = await db.zone.findUnique({ where: { id: zoneId }, select: { categoryId: true } });
  return zone?.categoryId ?? null;
}

/** True when `rawId` names an article of this author (any status); false for junk ids. */
export async function isOwnArticle(authorId: number, rawId: string): Promise<boolean> {
  const id = parseRouteId(rawId);
  if (id === null) return false;
  const row = await db.article.findFirst({ where: { id, authorId }, select: { id: true } });
  return row !== null;
}

export async function findOwnDraft(authorId: number, id: number): Promise<DraftRow | null> {
  const row = await db.article.findFirst({ where: { id, authorId }, select: draftSelect });
  return row ? toDraftRow(row) : null;
}

/** A new DRAFT by `authorId` under the placeholder `slug`, with its tags. */
export async function insertDraft(authorId: number, slug: string, content: DraftContent): Promise<DraftRow> {
  return db.$transaction(async (tx) => {
    const { id } = await tx.article.create({
      data: { ...columns(content), slug, authorId, status: "DRAFT" },
      select: { id: true },
    });
    await linkTags(tx, id, content.tags);
    return toDraftRow(await tx.article.findUniqueOrThrow({ where: { id }, select: draftSelect }));
  });
}

/** Saves `content` over the author's editable draft if it is still at `version`. */
export async function updateOwnDraft(
  authorId: number,
  id: number,
  version: number,
  content: DraftContent,
): Promise<DraftWrite> {
  return run(async (tx) => {
    await saveVersioned(tx, authorId, id, version, content);
    return toDraftRow(await tx.article.findUniqueOrThrow({ where: { id }, select: draftSelect }));
  });
}

/**
 * Saves `content` (version-checked) and submits it for review in one transaction. The first
 * submission replaces the placeholder slug with `slug`; later ones keep the published URL stable.
 */
export async function submitOwnDraft(
  authorId: number,
  id: number,
  version: number,
  content: DraftContent,
  slug: string,
): Promise<DraftWrite> {
  return run(async (tx) => {
    await saveVersioned(tx, authorId, id, version, content);
    const { slug: current } = await tx.article.findUniqueOrThrow({ where: { id }, select: { slug: true } });
    if (isPlaceholderSlug(current)) await tx.article.update({ where: { id }, data: { slug } });
    await transitionArticle(tx, {
      articleId: id,
      actorId: authorId,
      action: "submit",
      expectedVersion: version + 1,
    });
    return toDraftRow(await tx.article.findUniqueOrThrow({ where: { id }, select: draftSelect }));
  });
}

/** SUBMITTED → DRAFT for the author; anything else is not-editable (or not-found). */
export async function withdrawOwnDraft(authorId: number, id: number): Promise<DraftWrite> {
  return run(async (tx) => {
    const row = await tx.article.findFirst({ where: { id, authorId }, select: { status: true } });
    if (!row) throw new Abort({ ok: false, kind: "not-found" });
    await transitionArticle(tx, { articleId: id, actorId: authorId, action: "withdraw" });
    return toDraftRow(await tx.article.findUniqueOrThrow({ where: { id }, select: draftSelect }));
  });
}

/** Hard-deletes the author's DRAFT (events, revisions and tag links cascade). */
export async function deleteOwnDraft(
  authorId: number,
  id: number,
): Promise<
  { ok: true } | { ok: false; kind: "not-found" } | { ok: false; kind: "not-editable"; status: ArticleStatus }
> {
  const { count } = await db.article.deleteMany({ where: { id, authorId, status: "DRAFT" } });
  if (count === 1) return { ok: true };
  const row = await db.article.findFirst({ where: { id, authorId }, select: { status: true } });
  return row ? { ok: false, kind: "not-editable", status: row.status } : { ok: false, kind: "not-found" };
}

/** Runs `write` in a transaction; an Abort or a refused transition becomes a typed failure. */
async function run(write: (tx: Prisma.TransactionClient) => Promise<DraftRow>): Promise<DraftWrite> {
  try {
    return { ok: true, draft: await db.$transaction(write) };
  } catch (error) {
    if (error instanceof Abort) return error.failure;
    if (error instanceof ArticleNotFoundError) return { ok: false, kind: "not-found" };
    if (error instanceof IllegalTransitionError)
      return { ok: false, kind: "not-editable", status: error.from };
    throw error;
  }
}

/**
 * The optimistic-lock save: one UPDATE … WHERE id AND authorId AND version AND editable, then
 * the tag links. When no row matched, the row as it is now says why (conflict carries it).
 */
async function saveVersioned(
  tx: Prisma.TransactionClient,
  authorId: number,
  id: number,
  version: number,
  content: DraftContent,
): Promise<void> {
  const { count } = await tx.article.updateMany({
    where: { id, authorId, version, status: { in: [...EDITABLE_STATUSES] } },
    data: { ...columns(content), version: { increment: 1 } },
  });
  if (count === 1) {
    await tx.articleTag.deleteMany({ where: { articleId: id } });
    await linkTags(tx, id, content.tags);
    return;
  }
  const row = await tx.article.findFirst({ where: { id, authorId }, select: draftSelect });
  if (!row) throw new Abort({ ok: false, kind: "not-found" });
  if (!EDITABLE_STATUSES.includes(row.status))
    throw new Abort({ ok: false, kind: "not-editable", status: row.status });
  throw new Abort({ ok: false, kind: "conflict", current: toDraftRow(row) });
}

async function linkTags(tx: Prisma.TransactionClient, articleId: number, tags: TagRef[]): Promise<void> {
  const tagIds = await ensureTags(tx, tags);
  if (tagIds.length > 0) {
    await tx.articleTag.createMany({
      data: tagIds.map((tagId) => ({ articleId, tagId })),
      skipDuplicates: true,
    });
  }
}

export interface OwnArticleEvent {
  id: number;
  createdAt: Date;
  fromStatus: ArticleStatus | null;
  toStatus: ArticleStatus;
  note: string | null;
  /** A rejection's reason code, or the action of a same-status event (lib/editorial/event-labels.ts). */
  reason: string | null;
}

export interface OwnArticle {
  id: number;
  slug: string;
  title: string;
  status: ArticleStatus;
  zoneName: string;
  updatedAt: Date;
  submittedAt: Date | null;
  publishedAt: Date | null;
  /** When an editor scheduled it to be published (meaningful while SUBMITTED). */
  scheduledFor: Date | null;
  /** Newest first. */
  events: OwnArticleEvent[];
}

/**
 * Every article of `authorId` (Manage My Drafts), most recently changed first, each with its
 * status history. Capped: an author with more than `limit` articles sees the latest ones.
 */
export async function listOwnArticles(authorId: number, limit = 500): Promise<OwnArticle[]> {
  const rows = await db.article.findMany({
    where: { authorId },
    orderBy: [{ updatedAt: "desc" }, { id: "desc" }],
    take: limit,
    select: {
      id: true,
      slug: true,
      title: true,
      status: true,
      updatedAt: true,
      submittedAt: true,
      publishedAt: true,
      scheduledFor: true,
      zone: { select: { name: true } },
      events: {
        orderBy: [{ createdAt: "desc" }, { id: "desc" }],
        select: { id: true, createdAt: true, fromStatus: true, toStatus: true, note: true, reason: true },
      },
    },
  });
  return rows.map(({ zone, ...row }) => ({ ...row, zoneName: zone.name }));
}
