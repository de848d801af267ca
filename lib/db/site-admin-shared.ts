import "server-only";
import { recordAudit } from "./audit";
import { Prisma } from "./generated/client";
import { isPathClaimed } from "./redirects";

// What the site-management writes (lib/db/site-admin-*.ts) share: the outcome shape, the
// optimistic-lock check on updatedAt, slug checks that also respect old addresses, and the
// before/after record an audit row keeps.

export type FieldErrors = Record<string, string>;

export type AdminFailure<T = never> =
  | { ok: false; kind: "invalid"; errors: FieldErrors }
  /** Someone saved the row after the form loaded it; `current` is what is stored now. */
  | { ok: false; kind: "conflict"; current: T }
  | { ok: false; kind: "not-found" }
  /** The rules forbid it (e.g. deleting a zone that still has articles); said in `message`. */
  | { ok: false; kind: "refused"; message: string };

export type AdminWrite<T> = { ok: true; row: T } | AdminFailure<T>;

/** An update's outcome: the row as saved and as it was before (for tags and redirects). */
export type AdminUpdate<T, Extra = object> = ({ ok: true; row: T; previous: T } & Extra) | AdminFailure<T>;

export const NOT_FOUND = { ok: false, kind: "not-found" } as const;

export function invalid(errors: FieldErrors): AdminFailure {
  return { ok: false, kind: "invalid", errors };
}

export function refused(message: string): AdminFailure {
  return { ok: false, kind: "refused", message };
}

/** True when the stored row is newer than the one the form was loaded from. */
export function isStale(stored: Date, expected: Date): boolean {
  return stored.getTime() !== expected.getTime();
}

export function isUniqueViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
}

/**
 * Runs a write whose slug (or other unique value) was checked inside it; a unique index still
 * lost to a concurrent write becomes the field errors `raced` instead of a server error.
 */
export async function unlessRaced<T>(raced: FieldErrors, run: () => Promise<T>): Promise<T | AdminFailure> {
  try {
    return await run();
  } catch (error) {
    if (isUniqueViolation(error)) return invalid(raced);
    throw error;
  }
}

export function isForeignKeyViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2003";
}

/**
 * Why `slug` cannot be used for the entity `ownId` (null when creating), or null when it can:
 * another entity of the kind has it, or an old address of another one redirects from its path.
 */
export async function slugProblem(
  tx: Prisma.TransactionClient,
  options: {
    slug: string;
    ownId: number | null;
    /** The entity's current path (its own former addresses may be taken back). */
    ownPath: string | null;
    path: (slug: string) => string;
    findOwner: (slug: string) => Promise<{ id: number; label: string } | null>;
    noun: string;
  },
): Promise<string | null> {
  const owner = await options.findOwner(options.slug);
  if (owner && owner.id !== options.ownId)
    return `The ${options.noun} “${owner.label}” already uses this slug`;
  if (owner) return null;
  if (await isPathClaimed(tx, options.path(options.slug), options.ownPath)) {
    return `An old address of another ${options.noun} redirects from ${options.path(options.slug)}; choose another slug`;
  }
  return null;
}

type Comparable = string | number | boolean | Date | null;

/**
 * The fields that differ between `before` and `after`, as { field: { from, to } } for the audit
 * log (a field missing from `before` was null: a creation). Long texts (`summarized`) only say
 * that they changed, and how long they are now.
 */
export function changedFields<T extends Record<string, Comparable>>(
  before: Partial<T>,
  after: T,
  summarized: readonly (keyof T)[] = [],
): Prisma.InputJsonObject {
  const changes: Record<string, Prisma.InputJsonValue> = {};
  for (const key of Object.keys(after) as (keyof T & string)[]) {
    const from = before[key] ?? null;
    const to = after[key] ?? null;
    const same = from instanceof Date && to instanceof Date ? from.getTime() === to.getTime() : from === to;
    if (same) continue;
    const json = (value: Comparable) => (value instanceof Date ? value.toISOString() : value);
    changes[key] = summarized.includes(key)
      ? { changed: true, length: typeof to === "string" ? to.length : 0 }
      : ({ from: json(from), to: json(to) } as Prisma.InputJsonObject);
  }
  return changes;
}

/**
 * Rewrites `positions` 1…n of `table` in the order of `ids`, touching only rows whose position
 * changes and never their updatedAt: reordering is not an edit, so it must not make an open edit
 * form of the same row look stale.
 */
async function writePositions(
  tx: Prisma.TransactionClient,
  table: "Category" | "Zone",
  ids: number[],
): Promise<void> {
  await tx.$executeRaw`
    UPDATE ${Prisma.raw(`"${table}"`)} AS t SET position = v.position::int
    FROM unnest(${ids}::int[]) WITH ORDINALITY AS v(id, position)
    WHERE t.id = v.id AND t.position <> v.position::int`;
}

/**
 * Moves `id` one place up or down in `ids` (the current order of its siblings, locked by the
 * caller), writes the positions and audits the move; the order afterwards. At an end nothing
 * moves and nothing is logged.
 */
export async function applyMove(
  tx: Prisma.TransactionClient,
  move: {
    table: "Category" | "Zone";
    ids: number[];
    id: number;
    direction: "up" | "down";
    actorId: number;
    details: Prisma.InputJsonObject;
  },
): Promise<AdminWrite<number[]>> {
  const { table, ids, id, direction } = move;
  const index = ids.indexOf(id);
  const target = direction === "up" ? index - 1 : index + 1;
  if (index === -1 || target < 0 || target >= ids.length) return { ok: true, row: ids };
  const order = [...ids];
  [order[index], order[target]] = [order[target]!, order[index]!];
  await writePositions(tx, table, order);
  await recordAudit(tx, {
    actorId: move.actorId,
    action: `${table.toLowerCase()}.reorder`,
    targetType: table,
    targetId: id,
    details: { ...move.details, from: index + 1, to: target + 1 },
  });
  return { ok: true, row: order };
}

/** A field error when an optional zone was chosen that no longer exists (deleted meanwhile). */
export async function missingZone(
  tx: Prisma.TransactionClient,
  zoneId: number | null,
): Promise<FieldErrors | null> {
  if (zoneId === null) return null;
  const zone = await tx.zone.findUnique({ where: { id: zoneId }, select: { id: true } });
  return zone ? null : { zoneId: "This zone no longer exists; choose another" };
}
