import "server-only";
import { db } from "./client";
import {
  describeTargets,
  RENDERING_TRANSACTION,
  type SubscriptionTx,
  type TargetSummary,
} from "./subscriptions";
import { CONFIRM_INTERVAL_MS, CONFIRM_LINK_MS } from "@/lib/subscriptions/policy";
import { choiceKey, type Frequency, type TargetRef } from "@/lib/subscriptions/schemas";
import { hashToken, issueToken } from "@/lib/subscriptions/tokens";

// Double opt-in for anonymous visitors: a request is stored unconfirmed, its confirmation email
// is written in the same transaction, and the emailed link (a token stored as sha256 only)
// confirms every pending request of the address.

export interface PendingConfirmation {
  /** The raw token for the link; only its hash was stored. */
  token: string;
  email: string;
  /** Every request of this address still waiting, which the link confirms together. */
  pending: { target: TargetSummary; frequency: Frequency }[];
}

export type SubscribeOutcome =
  | { kind: "unknown-target" }
  /** `sent` is for logs and tests only; the visitor gets the same answer either way. */
  | { kind: "accepted"; sent: boolean };

/**
 * Records an anonymous request for `email` and, unless this address was sent a confirmation in
 * the last CONFIRM_INTERVAL_MINUTES, calls `send` in the same transaction (the outbox write).
 * A confirmed subscription is left as it is (a stranger must not change its frequency); a
 * pending one takes the new frequency. Requests for one address are serialized by an advisory
 * lock, so two at once cannot both send.
 */
export async function requestSubscription(
  input: { email: string; ref: TargetRef; frequency: Frequency },
  send: (tx: SubscriptionTx, confirmation: PendingConfirmation) => Promise<void>,
  now = new Date(),
): Promise<SubscribeOutcome> {
  const { email, ref, frequency } = input;
  return db.$transaction(async (tx) => {
    const known = await describeTargets(tx, [ref]);
    if (!known.has(choiceKey(ref.target, ref.targetId))) return { kind: "unknown-target" };
    await tx.$queryRaw`SELECT 1 AS locked FROM pg_advisory_xact_lock(hashtext(${`subscription:${email}`}))`;

    const existing = await tx.subscription.findFirst({
      where: { email, target: ref.target, targetId: ref.targetId },
      select: { id: true, confirmedAt: true },
    });
    if (existing?.confirmedAt) return { kind: "accepted", sent: false };
    const row = existing
      ? await tx.subscription.update({
          where: { id: existing.id },
          data: { frequency },
          select: { id: true },
        })
      : await tx.subscription.create({
          data: { email, ...ref, frequency, unsubscribeTokenHash: issueToken().hash },
          select: { id: true },
        });

    const recent = await tx.subscription.findFirst({
      where: { email, confirmSentAt: { gt: new Date(now.getTime() - CONFIRM_INTERVAL_MS) } },
      select: { id: true },
    });
    if (recent) return { kind: "accepted", sent: false };

    const { token, hash } = issueToken();
    await tx.subscription.update({
      where: { id: row.id },
      data: { confirmTokenHash: hash, confirmSentAt: now },
    });
    await send(tx, { token, email, pending: await pendingOf(tx, email) });
    return { kind: "accepted", sent: true };
  }, RENDERING_TRANSACTION);
}

async function pendingOf(
  tx: SubscriptionTx,
  email: string,
): Promise<{ id: number; target: TargetSummary; frequency: Frequency }[]> {
  const rows = await tx.subscription.findMany({
    where: { email, confirmedAt: null },
    orderBy: { id: "asc" },
    select: { id: true, target: true, targetId: true, frequency: true },
  });
  const known = await describeTargets(tx, rows);
  return rows.flatMap((r) => {
    const target = known.get(choiceKey(r.target, r.targetId));
    return target ? [{ id: r.id, target, frequency: r.frequency }] : [];
  });
}

export type ConfirmationState =
  | { status: "unknown" }
  | { status: "expired" }
  | { status: "valid"; email: string; pending: { target: TargetSummary; frequency: Frequency }[] };

function isExpired(sentAt: Date | null, now: Date): boolean {
  return !sentAt || now.getTime() - sentAt.getTime() > CONFIRM_LINK_MS;
}

/** What a confirmation link would confirm, for the page that asks to confirm it. */
export async function getConfirmation(token: string, now = new Date()): Promise<ConfirmationState> {
  return readConfirmation(db, token, now);
}

async function readConfirmation(
  client: SubscriptionTx,
  token: string,
  now: Date,
): Promise<ConfirmationState> {
  const row = await client.subscription.findUnique({
    where: { confirmTokenHash: hashToken(token) },
    select: { email: true, confirmSentAt: true },
  });
  if (!row) return { status: "unknown" };
  if (isExpired(row.confirmSentAt, now)) return { status: "expired" };
  return { status: "valid", email: row.email, pending: await pendingOf(client, row.email) };
}

export type ConfirmResult =
  { status: "unknown" } | { status: "expired" } | { status: "confirmed"; confirmed: TargetSummary[] };

/**
 * Confirms every pending request of the token's address (the link proves the address is the
 * visitor's, and the page listed them all). A member account with this address adopts them.
 */
export async function confirmByToken(token: string, now = new Date()): Promise<ConfirmResult> {
  return db.$transaction(async (tx) => {
    const state = await readConfirmation(tx, token, now);
    if (state.status !== "valid") return state;
    const account = await tx.user.findUnique({ where: { email: state.email }, select: { id: true } });
    await tx.subscription.updateMany({
      where: { email: state.email, confirmedAt: null },
      data: { confirmedAt: now, confirmTokenHash: null, userId: account?.id ?? null },
    });
    return { status: "confirmed", confirmed: state.pending.map((p) => p.target) };
  });
}

/**
 * Deletes requests nobody confirmed within the link's lifetime (their last link has expired),
 * so addresses a stranger typed in do not stay in the table.
 */
export async function purgeUnconfirmed(now = new Date()): Promise<number> {
  const before = new Date(now.getTime() - CONFIRM_LINK_MS);
  const { count } = await db.subscription.deleteMany({
    where: {
      confirmedAt: null,
      createdAt: { lt: before },
      OR: [{ confirmSentAt: null }, { confirmSentAt: { lt: before } }],
    },
  });
  return count;
}
