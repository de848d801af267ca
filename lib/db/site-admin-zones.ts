import "server-only";
import type { ZoneInput } from "@/lib/validation/site-admin";
import { recordAudit } from "./audit";
import { db } from "./client";
import type { Prisma } from "./generated/client";
import { dropRedirectsTo, moveRedirects } from "./redirects";
import { adminCategorySelect, lockCategories, type AdminZone } from "./site-admin-categories";
import {
  applyMove,
  changedFields,
  invalid,
  isForeignKeyViolation,
  isStale,
  NOT_FOUND,
  refused,
  slugProblem,
  unlessRaced,
  type AdminUpdate,
  type AdminWrite,
} from "./site-admin-shared";

// Zones for the admins' /editor/taxonomy: create, edit (including moving a zone to another
// category, which its articles follow), reorder within a category, delete when empty. Locks
// follow the taxonomy order of lib/db/site-admin-categories.ts: categories, then zones.

export const zonePath = (slug: string) => `/zones/${slug}`;

export interface ZoneMove {
  /** Slugs of the category the zone left and the one it joined, when it moved. */
  categorySlugs: string[];
  /** Articles whose category changed with the zone. */
  movedArticles: number;
}

const adminZoneSelect = { ...adminCategorySelect, categoryId: true } as const satisfies Prisma.ZoneSelect;

export function getAdminZone(id: number): Promise<AdminZone | null> {
  return db.zone.findUnique({ where: { id }, select: adminZoneSelect });
}

async function lockZone(tx: Prisma.TransactionClient, id: number): Promise<AdminZone | null> {
  await tx.$queryRaw`SELECT id FROM "Zone" WHERE id = ${id} FOR UPDATE`;
  return tx.zone.findUnique({ where: { id }, select: adminZoneSelect });
}

/** The zone's category locked first (the lock order), then the zone; null when either is gone. */
async function lockZoneWithCategory(
  tx: Prisma.TransactionClient,
  id: number,
  extraCategoryId?: number,
): Promise<AdminZone | null> {
  const peek = await tx.zone.findUnique({ where: { id }, select: { categoryId: true } });
  if (!peek) return null;
  const ids = [...new Set([peek.categoryId, ...(extraCategoryId ? [extraCategoryId] : [])])];
  await lockCategories(tx, ids);
  const zone = await lockZone(tx, id);
  // Moved by someone else between the peek and the lock: lock its new category too.
  if (zone && zone.categoryId !== peek.categoryId) await lockCategories(tx, [zone.categoryId]);
  return zone;
}

function zoneSlugProblem(tx: Prisma.TransactionClient, slug: string, own: AdminZone | null) {
  return slugProblem(tx, {
    slug,
    ownId: own?.id ?? null,
    ownPath: own ? zonePath(own.slug) : null,
    path: zonePath,
    noun: "zone",
    findOwner: async (s) => {
      const row = await tx.zone.findUnique({ where: { slug: s }, select: { id: true, name: true } });
      return row && { id: row.id, label: row.name };
    },
  });
}

async function nextPosition(tx: Prisma.TransactionClient, categoryId: number): Promise<number> {
  const { _max } = await tx.zone.aggregate({ where: { categoryId }, _max: { position: true } });
  return (_max.position ?? 0) + 1;
}

const TAKEN = { slug: "Another zone took this slug a moment ago; choose another" };
const NO_CATEGORY = { categoryId: "This category no longer exists; choose another" };

/** A new zone, last in its category. */
export async function createZone(actorId: number, input: ZoneInput): Promise<AdminWrite<AdminZone>> {
  return unlessRaced(TAKEN, () =>
    db.$transaction(async (tx): Promise<AdminWrite<AdminZone>> => {
      if ((await lockCategories(tx, [input.categoryId])).length === 0) return invalid(NO_CATEGORY);
      const problem = await zoneSlugProblem(tx, input.slug, null);
      if (problem) return invalid({ slug: problem });
      const row = await tx.zone.create({
        data: { ...input, position: await nextPosition(tx, input.categoryId) },
        select: adminZoneSelect,
      });
      await recordAudit(tx, {
        actorId,
        action: "zone.create",
        targetType: "Zone",
        targetId: row.id,
        details: { slug: row.slug, name: row.name, categoryId: row.categoryId },
      });
      return { ok: true, row };
    }),
  );
}

/**
 * Saves a zone over the version the form loaded (`expected`). A new category moves the zone to
 * the end of that category and its articles' denormalised categoryId with it, in the same
 * transaction (category feeds read Article.categoryId); a new slug leaves a redirect.
 */
export async function updateZone(
  actorId: number,
  id: number,
  input: ZoneInput,
  expected: Date,
): Promise<AdminUpdate<AdminZone, ZoneMove>> {
  return unlessRaced(TAKEN, () =>
    db.$transaction(async (tx): Promise<AdminUpdate<AdminZone, ZoneMove>> => {
      const current = await lockZoneWithCategory(tx, id, input.categoryId);
      if (!current) return NOT_FOUND;
      if (isStale(current.updatedAt, expected)) {
        return { ok: false, kind: "conflict", current };
      }
      if (input.slug !== current.slug) {
        const problem = await zoneSlugProblem(tx, input.slug, current);
        if (problem) return invalid({ slug: problem });
      }
      const moving = input.categoryId !== current.categoryId;
      const categories = moving
        ? await tx.category.findMany({
            where: { id: { in: [current.categoryId, input.categoryId] } },
            select: { id: true, slug: true },
          })
        : [];
      if (moving && !categories.some((c) => c.id === input.categoryId)) return invalid(NO_CATEGORY);

      const row = await tx.zone.update({
        where: { id },
        data: { ...input, ...(moving ? { position: await nextPosition(tx, input.categoryId) } : {}) },
        select: adminZoneSelect,
      });
      // Raw on purpose: neither the articles' updatedAt nor their version (the authors' lock)
      // changes, so no author's open editor reports a conflict because a zone moved.
      const movedArticles = moving
        ? await tx.$executeRaw`UPDATE "Article" SET "categoryId" = ${input.categoryId} WHERE "zoneId" = ${id}`
        : 0;
      if (row.slug !== current.slug) await moveRedirects(tx, zonePath(current.slug), zonePath(row.slug));
      await recordAudit(tx, {
        actorId,
        action: moving ? "zone.move" : "zone.update",
        targetType: "Zone",
        targetId: id,
        details: {
          ...changedFields(
            {
              name: current.name,
              slug: current.slug,
              description: current.description,
              categoryId: current.categoryId,
            },
            { name: row.name, slug: row.slug, description: row.description, categoryId: row.categoryId },
          ),
          ...(moving ? { movedArticles } : {}),
        },
      });
      return {
        ok: true,
        row,
        previous: current,
        categorySlugs: categories.map((c) => c.slug),
        movedArticles,
      };
    }),
  );
}

/** Moves a zone one place up or down within its category; the category's zone order afterwards. */
export async function moveZone(
  actorId: number,
  id: number,
  direction: "up" | "down",
): Promise<AdminWrite<number[]>> {
  return db.$transaction(async (tx) => {
    const zone = await lockZoneWithCategory(tx, id);
    if (!zone) return NOT_FOUND;
    const siblings = await tx.zone.findMany({
      where: { categoryId: zone.categoryId },
      orderBy: [{ position: "asc" }, { name: "asc" }, { id: "asc" }],
      select: { id: true },
    });
    const ids = siblings.map((z) => z.id);
    const details = { slug: zone.slug, categoryId: zone.categoryId };
    return applyMove(tx, { table: "Zone", ids, id, direction, actorId, details });
  });
}

function contentsSentence(counts: Record<string, number>): string {
  const parts = Object.entries(counts)
    .filter(([, n]) => n > 0)
    .map(([noun, n]) => `${n} ${n === 1 ? noun.replace(/s$/, "") : noun}`);
  return parts.length <= 1 ? (parts[0] ?? "") : `${parts.slice(0, -1).join(", ")} and ${parts.at(-1)}`;
}

/**
 * Deletes a zone with nothing in it (no articles of any status, events, videos or premium
 * content), with its curation entries, subscriptions and the redirects to it; otherwise says
 * what is still there.
 */
export async function deleteZone(
  actorId: number,
  id: number,
): Promise<AdminWrite<AdminZone & { categorySlug: string }>> {
  try {
    return await db.$transaction(async (tx) => {
      const zone = await lockZoneWithCategory(tx, id);
      if (!zone) return NOT_FOUND;
      const counts = await tx.zone.findUniqueOrThrow({
        where: { id },
        select: {
          category: { select: { slug: true } },
          _count: { select: { articles: true, events: true, videos: true, resources: true } },
        },
      });
      const { articles, events, videos, resources } = counts._count;
      if (articles + events + videos + resources > 0) {
        const what = contentsSentence({ articles, events, videos, "premium resources": resources });
        return refused(`Only empty zones can be deleted: “${zone.name}” still has ${what}.`);
      }
      const features = await tx.feature.deleteMany({ where: { scope: "ZONE", scopeId: id } });
      const subscriptions = await tx.subscription.deleteMany({ where: { target: "ZONE", targetId: id } });
      await dropRedirectsTo(tx, zonePath(zone.slug));
      await tx.zone.delete({ where: { id } });
      await recordAudit(tx, {
        actorId,
        action: "zone.delete",
        targetType: "Zone",
        targetId: id,
        details: {
          slug: zone.slug,
          name: zone.name,
          categoryId: zone.categoryId,
          features: features.count,
          subscriptions: subscriptions.count,
        },
      });
      return { ok: true, row: { ...zone, categorySlug: counts.category.slug } };
    });
  } catch (error) {
    if (isForeignKeyViolation(error))
      return refused("Something was added to this zone just now; it is no longer empty.");
    throw error;
  }
}

/** Articles of every status in a zone: the ones a move takes along. */
export function countZoneArticles(zoneId: number): Promise<number> {
  return db.article.count({ where: { zoneId } });
}
