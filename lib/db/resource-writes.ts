import "server-only";
import { resourceBasePath } from "@/lib/resources/paths";
import { uploadKeyFromUrl } from "@/lib/uploads/keys";
import { recordAudit } from "./audit";
import { db } from "./client";
import { Prisma } from "./generated/client";
import { editSelect, nextRefcardNumber, toResourceForEdit, type ResourceForEdit } from "./resource-admin";
import { contentProblems, type Tx } from "./resource-checks";
import type { ResourceKind } from "./resources";

// Creating and saving Refcards and Trend Reports. Each write is one transaction: the checks
// that need the database, the row, its authors and zones, the Redirect a slug change leaves, the
// ownership of its files and the AuditLog entry, so none exists without the others.
// - Refcard numbers: a blank number takes one past the highest; the unique index on
//   (kind, number) is the judge when two editors create at once, and the loser simply takes
//   the next one. A number the editor typed is never changed behind their back: a taken one is
//   a field error.
// - No lost edits: a save names the updatedAt it was loaded at; the row is locked and a newer
//   updatedAt answers "conflict" with what is stored now. Every save moves updatedAt forward by
//   at least a millisecond, so two saves can never leave the same value.

export interface ResourceContent {
  title: string;
  slug: string;
  /** Refcards: null takes the next number (create) or keeps the current one (save). */
  number: number | null;
  summary: string;
  bodyMarkdown: string;
  bodyHtml: string;
  bodyText: string;
  renderVersion: number;
  authorIds: number[];
  zoneIds: number[];
  coverImageUrl: string | null;
  pdfKey: string | null;
  published: boolean;
}

export interface SavedResource {
  resource: ResourceForEdit;
  /** Slugs whose pages changed (after a rename the old one too); empty when nothing changed. */
  slugs: string[];
  /** Zones the resource is or was in: their pages list it. */
  zoneSlugs: string[];
  /** Storage keys of files nothing points at any more, to delete once this committed. */
  orphanedKeys: string[];
}

export type ResourceWriteResult =
  | ({ ok: true } & SavedResource)
  | { ok: false; kind: "invalid"; errors: Record<string, string> }
  | { ok: false; kind: "conflict"; current: ResourceForEdit }
  | { ok: false; kind: "not-found" };

/**
 * The uploads a resource now shows belong to it, not to the editor who uploaded them: deleting
 * that editor's account must not delete a published Refcard's PDF or cover.
 */
async function adoptFiles(tx: Tx, content: ResourceContent): Promise<void> {
  const keys = [content.pdfKey, uploadKeyFromUrl(content.coverImageUrl)].filter((k): k is string => !!k);
  if (keys.length > 0) await tx.upload.updateMany({ where: { key: { in: keys } }, data: { ownerId: null } });
}

async function zoneSlugsOf(tx: Tx, zoneIds: number[]): Promise<string[]> {
  const zones = await tx.zone.findMany({ where: { id: { in: zoneIds } }, select: { slug: true } });
  return zones.map((zone) => zone.slug);
}

/** The columns written from the form's text, the same on create and save. */
function textColumns(content: ResourceContent) {
  const { slug, title, summary, bodyMarkdown, bodyHtml, bodyText, renderVersion, coverImageUrl } = content;
  return { slug, title, summary, bodyMarkdown, bodyHtml, bodyText, renderVersion, coverImageUrl };
}

function joins(content: ResourceContent) {
  return {
    authors: content.authorIds.map((userId, position) => ({ userId, position })),
    zones: content.zoneIds.map((zoneId) => ({ zoneId })),
  };
}

function isUniqueViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
}

/** After a unique-index violation: which field lost the race, in the editor's words. */
async function raceErrors(
  kind: ResourceKind,
  content: ResourceContent,
  current: ResourceForEdit | null,
): Promise<ResourceWriteResult> {
  const errors = await contentProblems(db, kind, content, current);
  if (Object.keys(errors).length === 0) errors.form = "Another editor saved at the same moment. Save again.";
  return { ok: false, kind: "invalid", errors };
}

const AUTO_NUMBER_ATTEMPTS = 5;

/** Creates a resource of `kind` as `actorId`, published now when `content.published`. */
export async function createResource(
  actorId: number,
  kind: ResourceKind,
  content: ResourceContent,
  now: Date = new Date(),
): Promise<ResourceWriteResult> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await db.$transaction(async (tx): Promise<ResourceWriteResult> => {
        const errors = await contentProblems(tx, kind, content, null);
        if (Object.keys(errors).length > 0) return { ok: false, kind: "invalid", errors };
        const number = kind === "REFCARD" ? (content.number ?? (await nextRefcardNumber(tx))) : null;
        const { authors, zones } = joins(content);
        const row = await tx.resource.create({
          data: {
            kind,
            number,
            ...textColumns(content),
            fileUrl: content.pdfKey,
            fileSize: await fileSizeOf(tx, content.pdfKey),
            publishedAt: content.published ? now : null,
            authors: { create: authors },
            zones: { create: zones },
          },
          select: editSelect,
        });
        await adoptFiles(tx, content);
        const resource = toResourceForEdit(row);
        await recordAudit(tx, {
          actorId,
          action: "resource.create",
          targetType: "Resource",
          targetId: resource.id,
          details: { kind, number, slug: resource.slug, title: resource.title, published: content.published },
        });
        return {
          ok: true,
          resource,
          slugs: [resource.slug],
          zoneSlugs: await zoneSlugsOf(tx, content.zoneIds),
          orphanedKeys: [],
        };
      });
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      // Only a number we chose may be chosen again; anything the editor typed is theirs to change.
      const autoNumbered = kind === "REFCARD" && content.number === null;
      if (autoNumbered && attempt < AUTO_NUMBER_ATTEMPTS) continue;
      return raceErrors(kind, content, null);
    }
  }
}

async function fileSizeOf(tx: Tx, key: string | null): Promise<number | null> {
  if (!key) return null;
  const upload = await tx.upload.findUnique({ where: { key }, select: { size: true } });
  return upload?.size ?? null;
}

type Change = { from: Prisma.InputJsonValue | null; to: Prisma.InputJsonValue | null };

/** What a save changes, for the audit log (the body only as "changed": it can be 100 KB). */
function changesOf(current: ResourceForEdit, next: ResourceForEdit): Record<string, Change> {
  const changes: Record<string, Change> = {};
  const compare = (field: string, from: Prisma.InputJsonValue | null, to: Prisma.InputJsonValue | null) => {
    if (JSON.stringify(from) !== JSON.stringify(to)) changes[field] = { from, to };
  };
  compare("title", current.title, next.title);
  compare("slug", current.slug, next.slug);
  compare("number", current.number, next.number);
  compare("summary", current.summary, next.summary);
  compare("coverImageUrl", current.coverImageUrl, next.coverImageUrl);
  compare("pdf", current.file?.key ?? null, next.file?.key ?? null);
  compare(
    "authorIds",
    current.authors.map((a) => a.id),
    next.authors.map((a) => a.id),
  );
  // Zones have no order; authors do (the byline).
  const sorted = (ids: number[]) => [...ids].sort((a, b) => a - b);
  compare("zoneIds", sorted(current.zoneIds), sorted(next.zoneIds));
  compare("published", current.publishedAt !== null, next.publishedAt !== null);
  if (current.bodyMarkdown !== next.bodyMarkdown) changes.bodyMarkdown = { from: "…", to: "changed" };
  return changes;
}

/**
 * Saves `content` over resource `id` as `actorId`, if nobody saved it since `loadedAt` (its
 * updatedAt when the editor's form loaded it). Publishing keeps an existing publish date;
 * unpublishing clears it. A slug change of a resource readers have seen leaves a Redirect.
 */
export async function updateResource(
  actorId: number,
  id: number,
  content: ResourceContent,
  loadedAt: Date,
  now: Date = new Date(),
): Promise<ResourceWriteResult> {
  let current: ResourceForEdit | null = null;
  try {
    return await db.$transaction(async (tx): Promise<ResourceWriteResult> => {
      // The row lock makes a second save of the same resource wait, then see the first's updatedAt.
      const locked = await tx.$queryRaw<{ id: number }[]>`
        SELECT id FROM "Resource" WHERE id = ${id}::int FOR UPDATE`;
      if (locked.length === 0) return { ok: false, kind: "not-found" };
      current = toResourceForEdit(await tx.resource.findUniqueOrThrow({ where: { id }, select: editSelect }));
      if (current.updatedAt.getTime() !== loadedAt.getTime()) return { ok: false, kind: "conflict", current };

      const errors = await contentProblems(tx, current.kind, content, current);
      if (Object.keys(errors).length > 0) return { ok: false, kind: "invalid", errors };

      const number = current.kind === "REFCARD" ? (content.number ?? current.number) : null;
      const publishedAt = content.published ? (current.publishedAt ?? now) : null;
      const pdfChanged = content.pdfKey !== (current.file?.key ?? null);
      const next: ResourceForEdit = {
        ...current,
        number,
        slug: content.slug,
        title: content.title,
        summary: content.summary,
        bodyMarkdown: content.bodyMarkdown,
        coverImageUrl: content.coverImageUrl,
        file: content.pdfKey
          ? {
              key: content.pdfKey,
              size: pdfChanged ? await fileSizeOf(tx, content.pdfKey) : (current.file?.size ?? null),
            }
          : null,
        authors: content.authorIds.map((authorId) => ({ id: authorId, name: "", username: "" })),
        zoneIds: content.zoneIds,
        publishedAt,
      };
      const changes = changesOf(current, next);
      if (Object.keys(changes).length === 0) {
        return { ok: true, resource: current, slugs: [], zoneSlugs: [], orphanedKeys: [] };
      }

      const { authors, zones } = joins(content);
      await tx.resource.update({
        where: { id },
        data: {
          number,
          ...textColumns(content),
          fileUrl: next.file?.key ?? null,
          fileSize: next.file?.size ?? null,
          publishedAt,
          updatedAt: new Date(Math.max(now.getTime(), current.updatedAt.getTime() + 1)),
          ...(changes.authorIds ? { authors: { deleteMany: {}, create: authors } } : {}),
          ...(changes.zoneIds ? { zones: { deleteMany: {}, create: zones } } : {}),
        },
        select: { id: true },
      });
      if (changes.slug && current.publishedAt) await leaveRedirect(tx, current, content.slug);
      await adoptFiles(tx, content);
      const orphanedKeys: string[] = [];
      if (pdfChanged && current.file) {
        await tx.upload.deleteMany({ where: { key: current.file.key } });
        orphanedKeys.push(current.file.key);
      }
      const wasPublished = current.publishedAt !== null;
      await recordAudit(tx, {
        actorId,
        action:
          wasPublished === (publishedAt !== null)
            ? "resource.update"
            : publishedAt
              ? "resource.publish"
              : "resource.unpublish",
        targetType: "Resource",
        targetId: id,
        details: { changes },
      });
      const saved = toResourceForEdit(
        await tx.resource.findUniqueOrThrow({ where: { id }, select: editSelect }),
      );
      return {
        ok: true,
        resource: saved,
        slugs: [...new Set([current.slug, saved.slug])],
        zoneSlugs: await zoneSlugsOf(tx, [...new Set([...current.zoneIds, ...saved.zoneIds])]),
        orphanedKeys,
      };
    });
  } catch (error) {
    if (!isUniqueViolation(error) || !current) throw error;
    return raceErrors((current as ResourceForEdit).kind, content, current);
  }
}

/**
 * The old address keeps working: a Redirect from it to the new one, older redirects re-pointed
 * so there is never a chain, and a redirect away from the new address (the resource taking back
 * a slug it had before) removed.
 */
async function leaveRedirect(tx: Tx, current: ResourceForEdit, newSlug: string): Promise<void> {
  const base = resourceBasePath(current.kind);
  const oldPath = `${base}/${current.slug}`;
  const newPath = `${base}/${newSlug}`;
  await tx.redirect.deleteMany({ where: { fromPath: newPath } });
  await tx.redirect.updateMany({ where: { toPath: oldPath }, data: { toPath: newPath } });
  await tx.redirect.upsert({
    where: { fromPath: oldPath },
    create: { fromPath: oldPath, toPath: newPath },
    update: { toPath: newPath },
  });
}
