import "server-only";
import type { CategoryInput } from "@/lib/validation/site-admin";
import { recordAudit } from "./audit";
import { db } from "./client";
import type { Prisma } from "./generated/client";
import { dropRedirectsTo, moveRedirects } from "./redirects";
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

// Categories for the admins' /editor/taxonomy: the whole tree with what each zone holds, and
// the writes (create, edit, reorder, delete when empty), each audited in its own transaction.
// Lock order everywhere in taxonomy writes: Category rows by ascending id, then Zone rows, so
// concurrent reorders and moves queue instead of deadlocking.

export const categoryPath = (slug: string) => `/categories/${slug}`;

export interface AdminCategory {
  id: number;
  slug: string;
  name: string;
  description: string;
  position: number;
  updatedAt: Date;
}

export interface AdminZone {
  id: number;
  slug: string;
  name: string;
  description: string;
  position: number;
  categoryId: number;
  updatedAt: Date;
}

export interface AdminZoneSummary extends AdminZone {
  /** Everything that keeps a zone from being deleted. */
  counts: { articles: number; events: number; videos: number; resources: number };
}

export interface TaxonomyCategory extends AdminCategory {
  zones: AdminZoneSummary[];
}

export const adminCategorySelect = {
  id: true,
  slug: true,
  name: true,
  description: true,
  position: true,
  updatedAt: true,
} as const satisfies Prisma.CategorySelect;

const zoneOrder = [{ position: "asc" }, { name: "asc" }, { id: "asc" }] as const;

/** Every category in menu order with its zones in order and what each zone holds. */
export async function listTaxonomy(): Promise<TaxonomyCategory[]> {
  const rows = await db.category.findMany({
    orderBy: [{ position: "asc" }, { name: "asc" }, { id: "asc" }],
    select: {
      ...adminCategorySelect,
      zones: {
        orderBy: [...zoneOrder],
        select: {
          ...adminCategorySelect,
          categoryId: true,
          _count: { select: { articles: true, events: true, videos: true, resources: true } },
        },
      },
    },
  });
  return rows.map(({ zones, ...category }) => ({
    ...category,
    zones: zones.map(({ _count, ...zone }) => ({ ...zone, counts: _count })),
  }));
}

export function getAdminCategory(id: number): Promise<AdminCategory | null> {
  return db.category.findUnique({ where: { id }, select: adminCategorySelect });
}

/** Locks categories `ids` (ascending id, the taxonomy lock order) for the rest of the transaction. */
export async function lockCategories(tx: Prisma.TransactionClient, ids: number[]): Promise<number[]> {
  const rows = await tx.$queryRaw<{ id: number }[]>`
    SELECT id FROM "Category" WHERE id = ANY(${ids}::int[]) ORDER BY id FOR UPDATE`;
  return rows.map((row) => row.id);
}

function categorySlugProblem(tx: Prisma.TransactionClient, slug: string, own: AdminCategory | null) {
  return slugProblem(tx, {
    slug,
    ownId: own?.id ?? null,
    ownPath: own ? categoryPath(own.slug) : null,
    path: categoryPath,
    noun: "category",
    findOwner: async (s) => {
      const row = await tx.category.findUnique({ where: { slug: s }, select: { id: true, name: true } });
      return row && { id: row.id, label: row.name };
    },
  });
}

const TAKEN = { slug: "Another category took this slug a moment ago; choose another" };

/** A new category, last in the menu. */
export async function createCategory(
  actorId: number,
  input: CategoryInput,
): Promise<AdminWrite<AdminCategory>> {
  return unlessRaced(TAKEN, () =>
    db.$transaction(async (tx): Promise<AdminWrite<AdminCategory>> => {
      const problem = await categorySlugProblem(tx, input.slug, null);
      if (problem) return invalid({ slug: problem });
      const { _max } = await tx.category.aggregate({ _max: { position: true } });
      const row = await tx.category.create({
        data: { ...input, position: (_max.position ?? 0) + 1 },
        select: adminCategorySelect,
      });
      await recordAudit(tx, {
        actorId,
        action: "category.create",
        targetType: "Category",
        targetId: row.id,
        details: { slug: row.slug, name: row.name },
      });
      return { ok: true, row };
    }),
  );
}

/**
 * Saves name, slug and description over the version the form loaded (`expected`), or reports
 * the stored one. A new slug leaves a redirect from the old category address.
 */
export async function updateCategory(
  actorId: number,
  id: number,
  input: CategoryInput,
  expected: Date,
): Promise<AdminUpdate<AdminCategory>> {
  return unlessRaced(TAKEN, () =>
    db.$transaction(async (tx): Promise<AdminUpdate<AdminCategory>> => {
      if ((await lockCategories(tx, [id])).length === 0) return NOT_FOUND;
      const current = (await tx.category.findUnique({ where: { id }, select: adminCategorySelect }))!;
      if (isStale(current.updatedAt, expected)) return { ok: false, kind: "conflict", current };
      if (input.slug !== current.slug) {
        const problem = await categorySlugProblem(tx, input.slug, current);
        if (problem) return invalid({ slug: problem });
      }
      const row = await tx.category.update({ where: { id }, data: input, select: adminCategorySelect });
      if (row.slug !== current.slug)
        await moveRedirects(tx, categoryPath(current.slug), categoryPath(row.slug));
      await recordAudit(tx, {
        actorId,
        action: "category.update",
        targetType: "Category",
        targetId: id,
        details: changedFields(
          { name: current.name, slug: current.slug, description: current.description },
          { name: row.name, slug: row.slug, description: row.description },
        ),
      });
      return { ok: true, row, previous: current };
    }),
  );
}

/** Moves a category one place up or down the menu; the menu order afterwards (ids). */
export async function moveCategory(
  actorId: number,
  id: number,
  direction: "up" | "down",
): Promise<AdminWrite<number[]>> {
  return db.$transaction(async (tx) => {
    const all = await tx.category.findMany({ select: { id: true } });
    await lockCategories(
      tx,
      all.map((c) => c.id),
    );
    const ordered = await tx.category.findMany({
      orderBy: [{ position: "asc" }, { name: "asc" }, { id: "asc" }],
      select: { id: true, slug: true },
    });
    const ids = ordered.map((c) => c.id);
    if (!ids.includes(id)) return NOT_FOUND;
    const slug = ordered.find((c) => c.id === id)!.slug;
    return applyMove(tx, { table: "Category", ids, id, direction, actorId, details: { slug } });
  });
}

/**
 * Deletes a category that has no zones, with its curation entries and subscriptions (nothing
 * can be in them) and the redirects to it; otherwise says what is still in it.
 */
export async function deleteCategory(actorId: number, id: number): Promise<AdminWrite<AdminCategory>> {
  try {
    return await db.$transaction(async (tx) => {
      if ((await lockCategories(tx, [id])).length === 0) return NOT_FOUND;
      const row = (await tx.category.findUnique({ where: { id }, select: adminCategorySelect }))!;
      const zones = await tx.zone.count({ where: { categoryId: id } });
      if (zones > 0) {
        return refused(
          `“${row.name}” still has ${zones === 1 ? "1 zone" : `${zones} zones`}. Move them to another category or delete them first.`,
        );
      }
      const features = await tx.feature.deleteMany({ where: { scope: "CATEGORY", scopeId: id } });
      const subscriptions = await tx.subscription.deleteMany({ where: { target: "CATEGORY", targetId: id } });
      await dropRedirectsTo(tx, categoryPath(row.slug));
      await tx.category.delete({ where: { id } });
      await recordAudit(tx, {
        actorId,
        action: "category.delete",
        targetType: "Category",
        targetId: id,
        details: {
          slug: row.slug,
          name: row.name,
          features: features.count,
          subscriptions: subscriptions.count,
        },
      });
      return { ok: true, row };
    });
  } catch (error) {
    // An article still pointing at the category (its zone moved away in the same instant).
    if (isForeignKeyViolation(error))
      return refused("This category still has articles; it cannot be deleted.");
    throw error;
  }
}
