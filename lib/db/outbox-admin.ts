import "server-only";
import { recordAudit } from "./audit";
import { db } from "./client";
import type { EmailStatus, Prisma } from "./generated/client";
import { enqueueEmail, notifyOutbox, type OutgoingEmail } from "./outbox";

// What admins see of the outbox (/editor/outbox) and the two things they may do there: retry a
// message that failed for good, and send a test email. Both are audited in their transaction.

export const OUTBOX_PAGE_SIZE = 25;

/** The list's filters; "pending" also covers messages being sent right now. */
export const OUTBOX_FILTERS = ["all", "pending", "sent", "failed"] as const;
export type OutboxFilter = (typeof OUTBOX_FILTERS)[number];

const STATUSES: Record<Exclude<OutboxFilter, "all">, EmailStatus[]> = {
  pending: ["PENDING", "SENDING"],
  sent: ["SENT"],
  failed: ["FAILED"],
};

export interface OutboxListItem {
  id: number;
  to: string;
  subject: string;
  kind: string;
  status: EmailStatus;
  attempts: number;
  lastError: string | null;
  sendAfter: Date;
  sentAt: Date | null;
  createdAt: Date;
}

export interface OutboxPage {
  messages: OutboxListItem[];
  /** Messages matching the filter, on every page. */
  total: number;
  page: number;
  pages: number;
  counts: Record<OutboxFilter, number>;
}

const listSelect = {
  id: true,
  to: true,
  subject: true,
  kind: true,
  status: true,
  attempts: true,
  lastError: true,
  sendAfter: true,
  sentAt: true,
  createdAt: true,
} as const satisfies Prisma.EmailMessageSelect;

/** Page `page` (from 1) of the messages matching `filter`, newest first, with every filter's count. */
export async function listOutbox(filter: OutboxFilter, page: number): Promise<OutboxPage> {
  const where: Prisma.EmailMessageWhereInput = filter === "all" ? {} : { status: { in: STATUSES[filter] } };
  const [grouped, messages] = await Promise.all([
    db.emailMessage.groupBy({ by: ["status"], _count: { _all: true } }),
    db.emailMessage.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (Math.max(1, page) - 1) * OUTBOX_PAGE_SIZE,
      take: OUTBOX_PAGE_SIZE,
      select: listSelect,
    }),
  ]);
  const byStatus = new Map(grouped.map((row) => [row.status, row._count._all]));
  const sum = (statuses: EmailStatus[]) => statuses.reduce((n, s) => n + (byStatus.get(s) ?? 0), 0);
  const counts: Record<OutboxFilter, number> = {
    all: sum(["PENDING", "SENDING", "SENT", "FAILED"]),
    pending: sum(STATUSES.pending),
    sent: sum(STATUSES.sent),
    failed: sum(STATUSES.failed),
  };
  const total = counts[filter];
  return { messages, total, page, pages: Math.max(1, Math.ceil(total / OUTBOX_PAGE_SIZE)), counts };
}

export interface OutboxMessage extends OutboxListItem {
  html: string;
  text: string;
  headers: Record<string, string>;
  dedupeKey: string | null;
}

export async function getOutboxMessage(id: number): Promise<OutboxMessage | null> {
  const row = await db.emailMessage.findUnique({
    where: { id },
    select: { ...listSelect, html: true, text: true, headers: true, dedupeKey: true },
  });
  if (!row) return null;
  return { ...row, headers: (row.headers ?? {}) as Record<string, string> };
}

export type RetryResult =
  | { ok: true; message: OutboxListItem }
  | { ok: false; reason: "not-found" | "not-failed"; status?: EmailStatus };

/**
 * Gives a FAILED message a fresh set of attempts, due now, and wakes the workers on commit.
 * Any other status is refused (a pending message is already being tried; a sent one went out).
 */
export async function retryFailedEmail(actorId: number, id: number): Promise<RetryResult> {
  return db.$transaction(async (tx) => {
    const current = await tx.emailMessage.findUnique({
      where: { id },
      select: { status: true, attempts: true, lastError: true },
    });
    if (!current) return { ok: false, reason: "not-found" };
    const updated = await tx.emailMessage.updateManyAndReturn({
      where: { id, status: "FAILED" },
      data: { status: "PENDING", attempts: 0, lastError: null, sendAfter: new Date() },
      select: listSelect,
    });
    const message = updated[0];
    if (!message) return { ok: false, reason: "not-failed", status: current.status };
    await recordAudit(tx, {
      actorId,
      action: "email.retry",
      targetType: "EmailMessage",
      targetId: id,
      details: { attempts: current.attempts, lastError: current.lastError },
    });
    await notifyOutbox(tx, id);
    return { ok: true, message };
  });
}

/** Enqueues an admin's test message, audited with its recipient, in one transaction. */
export async function enqueueTestEmail(actorId: number, message: OutgoingEmail): Promise<{ id: number }> {
  return db.$transaction(async (tx) => {
    const created = await enqueueEmail(tx, { ...message, kind: "test" });
    if (!created) throw new Error("A test email without a dedupeKey cannot be a duplicate");
    await recordAudit(tx, {
      actorId,
      action: "email.test",
      targetType: "EmailMessage",
      targetId: created.id,
      details: { to: message.to },
    });
    return created;
  });
}
