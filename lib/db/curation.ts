import "server-only";
import { createHash } from "node:crypto";
import type { SlotUpdate } from "@/lib/curation/schema";
import {
  parseSlotKey,
  slotAccepts,
  type CuratedKind,
  type SlotKey,
  type SlotRef,
} from "@/lib/curation/slots";
import type { CurationEntry, CurationItem, CurationSlotState, SlotChoiceGroup } from "@/lib/curation/types";
import { recordAudit, type AuditEntry } from "./audit";
import { listCategoriesWithZones } from "./categories";
import { db } from "./client";
import { articleItem, articleItemSelect, resourceItem, resourceItemSelect } from "./curation-items";
import type { Prisma } from "./generated/client";

// The editors' side of curation: the slots they can manage, their entries, and saving them
// (what can be featured is curation-items.ts; the readers' side is features.ts).

type Tx = Prisma.TransactionClient | typeof db;

const featureSelect = {
  id: true,
  articleId: true,
  resourceId: true,
  position: true,
  startsAt: true,
  endsAt: true,
  article: { select: articleItemSelect },
  resource: { select: resourceItemSelect },
} satisfies Prisma.FeatureSelect;

type FeatureRow = Prisma.FeatureGetPayload<{ select: typeof featureSelect }>;

const targetKey = (kind: CuratedKind, id: number) => `${kind}:${id}`;
const rowTarget = (row: FeatureRow) =>
  row.articleId !== null ? targetKey("article", row.articleId) : targetKey("resource", row.resourceId!);

function slotRows(tx: Tx, ref: SlotRef): Promise<FeatureRow[]> {
  return tx.feature.findMany({
    where: { slot: ref.slot, scope: ref.scope, scopeId: ref.scopeId },
    orderBy: [{ position: "asc" }, { id: "asc" }],
    select: featureSelect,
  });
}

/**
 * A fingerprint of what readers get from the slot: its entries, their order and their dates.
 * Any change by anyone changes it, so an editor saving over a slot that changed since they
 * loaded it is told instead of silently undoing the other editor's work.
 */
function slotVersion(rows: FeatureRow[]): string {
  const state = rows.map((r) => [
    r.id,
    r.articleId,
    r.resourceId,
    r.startsAt?.getTime(),
    r.endsAt?.getTime(),
  ]);
  return createHash("sha256").update(JSON.stringify(state)).digest("hex").slice(0, 24);
}

function toEntry(row: FeatureRow, now: Date): CurationEntry {
  const item = row.article ? articleItem(row.article) : resourceItem(row.resource!, now);
  return {
    ...item,
    startsAt: row.startsAt?.toISOString() ?? null,
    endsAt: row.endsAt?.toISOString() ?? null,
  };
}

interface SlotScope {
  title: string;
  pagePath: string;
}

/** What the slot is called and which page shows it; null when its category or zone is gone. */
async function slotScope(tx: Tx, ref: SlotRef): Promise<SlotScope | null> {
  if (ref.scopeId === null) return { title: "Home page Spotlight", pagePath: "/" };
  const where = { where: { id: ref.scopeId }, select: { slug: true, name: true } };
  if (ref.scope === "CATEGORY") {
    const category = await tx.category.findUnique(where);
    return (
      category && { title: `Featured ${category.name} Resources`, pagePath: `/categories/${category.slug}` }
    );
  }
  const zone = await tx.zone.findUnique(where);
  return zone && { title: `Featured in ${zone.name}`, pagePath: `/zones/${zone.slug}` };
}

function toState(key: SlotKey, scope: SlotScope, rows: FeatureRow[], now: Date): CurationSlotState {
  return { key, ...scope, entries: rows.map((row) => toEntry(row, now)), version: slotVersion(rows) };
}

/** The slot's entries in the editors' order, live or not; null for an unknown slot. */
export async function getCurationSlot(key: SlotKey, now: Date): Promise<CurationSlotState | null> {
  const ref = parseSlotKey(key);
  const scope = ref && (await slotScope(db, ref));
  if (!ref || !scope) return null;
  return toState(key, scope, await slotRows(db, ref), now);
}

/** Every slot an editor can manage: the home Spotlight, then each category with its zones. */
export async function listSlotChoices(): Promise<SlotChoiceGroup[]> {
  const categories = await listCategoriesWithZones();
  return [
    { label: "Home page", choices: [{ key: "home", label: "Home page Spotlight" }] },
    ...categories.map((category) => ({
      label: category.name,
      choices: [
        { key: `category-${category.id}` as const, label: `Featured ${category.name} Resources` },
        ...category.zones.map((zone) => ({ key: `zone-${zone.id}` as const, label: `${zone.name} zone` })),
      ],
    })),
  ];
}

export type SaveSlotResult =
  | { ok: true; slot: CurationSlotState; changed: boolean }
  | { ok: false; reason: "not-found" }
  | { ok: false; reason: "conflict"; slot: CurationSlotState }
  | { ok: false; reason: "invalid"; errors: Record<string, string> };

/** Any int4 constant: the first half of the advisory lock key, keeping it apart from other locks. */
const SLOT_LOCK_NAMESPACE = 0x66656174;

/**
 * Replaces the slot's entries with `update.entries`, in that order, on behalf of `actorId`:
 * removed entries are deleted, kept ones get their new position and dates, new ones are added
 * (each must be published and of a kind the slot shows). One transaction holding the slot's
 * advisory lock: positions are rewritten 0…n-1 together, and a save based on an older version
 * of the slot is refused as a conflict. Every change is written to the audit log in the same
 * transaction ("feature.add", "feature.remove", "feature.reorder", "feature.schedule").
 */
export async function saveCurationSlot(
  actorId: number,
  key: SlotKey,
  update: SlotUpdate,
  now: Date,
): Promise<SaveSlotResult> {
  const ref = parseSlotKey(key);
  if (!ref) return { ok: false, reason: "not-found" };
  return db.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(${SLOT_LOCK_NAMESPACE}::int, hashtext(${key}::text))`;
    const scope = await slotScope(tx, ref);
    if (!scope) return { ok: false, reason: "not-found" };
    const rows = await slotRows(tx, ref);
    if (slotVersion(rows) !== update.version) {
      return { ok: false, reason: "conflict", slot: toState(key, scope, rows, now) };
    }

    const existing = new Map(rows.map((row) => [rowTarget(row), row]));
    const added = update.entries
      .map((entry, index) => ({ entry, index }))
      .filter(({ entry }) => !existing.has(targetKey(entry.kind, entry.targetId)));
    const checked = await checkNewTargets(tx, key, added, now);
    if (!checked.ok) return { ok: false, reason: "invalid", errors: checked.errors };

    const kept = new Set(update.entries.map((entry) => targetKey(entry.kind, entry.targetId)));
    const audits: Omit<AuditEntry, "actorId" | "targetType" | "targetId">[] = [];
    const removed = rows.filter((row) => !kept.has(rowTarget(row)));
    if (removed.length > 0) {
      await tx.feature.deleteMany({ where: { id: { in: removed.map((row) => row.id) } } });
      for (const row of removed)
        audits.push({ action: "feature.remove", details: auditItem(toEntry(row, now), row.id) });
    }

    for (const [position, entry] of update.entries.entries()) {
      const row = existing.get(targetKey(entry.kind, entry.targetId));
      const dates = { startsAt: entry.startsAt, endsAt: entry.endsAt };
      if (!row) {
        const created = await tx.feature.create({
          data: {
            ...ref,
            position,
            ...dates,
            createdById: actorId,
            ...(entry.kind === "article" ? { articleId: entry.targetId } : { resourceId: entry.targetId }),
          },
          select: { id: true },
        });
        const item = checked.titles.get(targetKey(entry.kind, entry.targetId))!;
        audits.push({
          action: "feature.add",
          details: { ...auditItem(item, created.id), position, ...isoDates(dates) },
        });
        continue;
      }
      const rescheduled =
        !sameInstant(row.startsAt, entry.startsAt) || !sameInstant(row.endsAt, entry.endsAt);
      if (rescheduled || row.position !== position) {
        await tx.feature.update({ where: { id: row.id }, data: { position, ...dates } });
      }
      if (rescheduled) {
        audits.push({
          action: "feature.schedule",
          details: {
            ...auditItem(toEntry(row, now), row.id),
            before: isoDates({ startsAt: row.startsAt, endsAt: row.endsAt }),
            after: isoDates(dates),
          },
        });
      }
    }

    const before = rows.filter((row) => kept.has(rowTarget(row))).map((row) => row.id);
    const after = update.entries.flatMap(
      (entry) => existing.get(targetKey(entry.kind, entry.targetId))?.id ?? [],
    );
    if (before.some((id, i) => id !== after[i])) {
      audits.push({ action: "feature.reorder", details: { before, after } });
    }
    for (const audit of audits) {
      await recordAudit(tx, { ...audit, actorId, targetType: "FeatureSlot", targetId: key });
    }
    return { ok: true, slot: toState(key, scope, await slotRows(tx, ref), now), changed: audits.length > 0 };
  });
}

type NewTargetCheck =
  { ok: true; titles: Map<string, CurationItem> } | { ok: false; errors: Record<string, string> };

/** New entries must exist, be published now and be of a kind the slot's page shows. */
async function checkNewTargets(
  tx: Tx,
  key: SlotKey,
  added: { entry: SlotUpdate["entries"][number]; index: number }[],
  now: Date,
): Promise<NewTargetCheck> {
  const idsOf = (kind: CuratedKind) =>
    added.filter(({ entry }) => entry.kind === kind).map(({ entry }) => entry.targetId);
  const [articles, resources] = await Promise.all([
    tx.article.findMany({ where: { id: { in: idsOf("article") } }, select: articleItemSelect }),
    tx.resource.findMany({ where: { id: { in: idsOf("resource") } }, select: resourceItemSelect }),
  ]);
  const items = new Map<string, CurationItem>([
    ...articles.map((row) => [targetKey("article", row.id), articleItem(row)] as const),
    ...resources.map((row) => [targetKey("resource", row.id), resourceItem(row, now)] as const),
  ]);
  const errors: Record<string, string> = {};
  for (const { entry, index } of added) {
    const field = `entries.${index}.targetId`;
    const item = items.get(targetKey(entry.kind, entry.targetId));
    if (!slotAccepts(key, entry.kind)) errors[field] = "The home Spotlight shows articles only";
    else if (!item) errors[field] = `This ${entry.kind} no longer exists`;
    else if (!item.published) errors[field] = `“${item.title}” is not published, so readers could not see it`;
  }
  return Object.keys(errors).length > 0 ? { ok: false, errors } : { ok: true, titles: items };
}

function auditItem(item: CurationItem, featureId: number): Prisma.InputJsonObject {
  return { featureId, kind: item.kind, targetId: item.targetId, title: item.title };
}

function isoDates(dates: { startsAt: Date | null; endsAt: Date | null }) {
  return { startsAt: dates.startsAt?.toISOString() ?? null, endsAt: dates.endsAt?.toISOString() ?? null };
}

function sameInstant(a: Date | null, b: Date | null): boolean {
  return (a?.getTime() ?? null) === (b?.getTime() ?? null);
}
