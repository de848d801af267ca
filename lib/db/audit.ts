import "server-only";
import { db } from "./client";
import type { Prisma } from "./generated/client";

// The audit trail of editor and admin actions that are not article status changes (those are
// ArticleEvents): curation, premium content, site structure, events, videos, pages, members.
// Written in the same transaction as the change it records, so neither exists without the other.

export interface AuditEntry {
  /** Null only for system actions (jobs). */
  actorId: number | null;
  /** What was done, as "<area>.<verb>", e.g. "zone.move", "resource.update", "feature.reorder". */
  action: string;
  /** The kind of thing acted on, e.g. "Zone", "Resource", "Feature". */
  targetType: string;
  targetId: string | number;
  /** What changed (before/after of the fields that changed); never secrets or passwords. */
  details?: Prisma.InputJsonValue;
}

export async function recordAudit(
  tx: Prisma.TransactionClient | typeof db,
  entry: AuditEntry,
): Promise<void> {
  await tx.auditLog.create({
    data: {
      actorId: entry.actorId,
      action: entry.action,
      targetType: entry.targetType,
      targetId: String(entry.targetId),
      details: entry.details ?? {},
    },
  });
}

export interface AuditRow {
  id: number;
  action: string;
  targetType: string;
  targetId: string;
  details: Prisma.JsonValue;
  createdAt: Date;
  actor: { username: string; name: string } | null;
}

/** The latest entries about one target, newest first (for the history shown on edit pages). */
export async function listAuditFor(
  targetType: string,
  targetId: string | number,
  take = 20,
): Promise<AuditRow[]> {
  return db.auditLog.findMany({
    where: { targetType, targetId: String(targetId) },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take,
    select: {
      id: true,
      action: true,
      targetType: true,
      targetId: true,
      details: true,
      createdAt: true,
      actor: { select: { username: true, name: true } },
    },
  });
}
