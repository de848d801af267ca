import "server-only";
import { listCategoriesWithZones } from "./categories";
import { db } from "./client";
import { Prisma } from "./generated/client";
import { CONFIRM_INTERVAL_MS, CONFIRM_LINK_MS } from "@/lib/subscriptions/policy";
import {
  choiceKey,
  type Choice,
  type Frequency,
  type Target,
  type TargetRef,
} from "@/lib/subscriptions/schemas";
import { hashToken, issueToken } from "@/lib/subscriptions/tokens";

// Email subscriptions (DESIGN.md §3 Subscription): a member's choices, an anonymous visitor's
// double opt-in, and unsubscribing by token. A subscription belongs to an address; a member's
// are those under their account email (which members cannot change), linked to the account so
// deleting it deletes them. Confirmation and unsubscribe tokens are stored as sha256 only.

export type SubscriptionTx = Prisma.TransactionClient;

/**
 * For transactions that render an email before they commit: the first render of a process
 * starts the renderer's worker thread, which takes seconds on a busy machine (Prisma's default
 * is 5 s). Only requests for the same address wait on it meanwhile.
 */
export const RENDERING_TRANSACTION = { timeout: 30_000 } as const;

/** What a subscription is to, as emails and pages name it. */
export interface TargetSummary {
  target: Target;
  targetId: number | null;
  name: string;
  /** Site path of the zone, category or author ("/" for the newsletter). */
  path: string;
}

const NOUNS: Record<Target, string> = {
  ZONE: "zone",
  CATEGORY: "category",
  AUTHOR: "author",
  NEWSLETTER: "newsletter",
};

/** Timestamps for raw SQL: columns are UTC `timestamp(3)`, whatever the session's time zone. */
export function utcTimestamp(date: Date): Prisma.Sql {
  return Prisma.sql`(${date.toISOString()}::timestamptz AT TIME ZONE 'UTC')`;
}

/** The zones, categories and active authors among `refs` that exist, by choiceKey. */
export async function describeTargets(
  client: SubscriptionTx,
  refs: readonly TargetRef[],
): Promise<Map<string, TargetSummary>> {
  const ids = (target: Target) => [
    ...new Set(refs.filter((r) => r.target === target).map((r) => r.targetId!)),
  ];
  const [zoneIds, categoryIds, authorIds] = [ids("ZONE"), ids("CATEGORY"), ids("AUTHOR")];
  const zones = zoneIds.length
    ? await client.zone.findMany({
        where: { id: { in: zoneIds } },
        select: { id: true, slug: true, name: true },
      })
    : [];
  const categories = categoryIds.length
    ? await client.category.findMany({
        where: { id: { in: categoryIds } },
        select: { id: true, slug: true, name: true },
      })
    : [];
  const authors = authorIds.length
    ? await client.user.findMany({
        where: { id: { in: authorIds }, suspendedAt: null },
        select: { id: true, username: true, name: true },
      })
    : [];
  const summaries: TargetSummary[] = [
    ...zones.map((z) => ({
      target: "ZONE" as const,
      targetId: z.id,
      name: z.name,
      path: `/zones/${z.slug}`,
    })),
    ...categories.map((c) => ({
      target: "CATEGORY" as const,
      targetId: c.id,
      name: c.name,
      path: `/categories/${c.slug}`,
    })),
    ...authors.map((a) => ({
      target: "AUTHOR" as const,
      targetId: a.id,
      name: a.name,
      path: `/users/${a.username}`,
    })),
  ];
  if (refs.some((r) => r.target === "NEWSLETTER")) {
    summaries.push({ target: "NEWSLETTER", targetId: null, name: "Site newsletter", path: "/" });
  }
  return new Map(summaries.map((s) => [choiceKey(s.target, s.targetId), s]));
}

// ---- Members -------------------------------------------------------------------------------

/** The member's current choice for one target (an unconfirmed request counts as off). */
export async function getMemberChoice(email: string, ref: TargetRef): Promise<Choice> {
  const row = await db.subscription.findFirst({
    where: { email, target: ref.target, targetId: ref.targetId, confirmedAt: { not: null } },
    select: { frequency: true },
  });
  return row?.frequency ?? "OFF";
}

export interface SubscriptionSettings {
  categories: {
    id: number;
    name: string;
    choice: Choice;
    zones: { id: number; name: string; choice: Choice }[];
  }[];
  /** Authors the member subscribed to (from their profile pages), by name. */
  authors: { id: number; name: string; username: string; choice: Choice }[];
  newsletter: Choice;
}

/** Everything the settings page offers, with the member's current choice for each. */
export async function getSubscriptionSettings(email: string): Promise<SubscriptionSettings> {
  const [categories, rows] = await Promise.all([
    listCategoriesWithZones(),
    db.subscription.findMany({
      where: { email, confirmedAt: { not: null } },
      select: { target: true, targetId: true, frequency: true },
    }),
  ]);
  const chosen = new Map<string, Choice>(rows.map((r) => [choiceKey(r.target, r.targetId), r.frequency]));
  const choice = (target: Target, id: number | null) => chosen.get(choiceKey(target, id)) ?? "OFF";
  const authorIds = rows.filter((r) => r.target === "AUTHOR").map((r) => r.targetId!);
  const authors = authorIds.length
    ? await db.user.findMany({
        where: { id: { in: authorIds }, suspendedAt: null },
        orderBy: [{ name: "asc" }, { id: "asc" }],
        select: { id: true, name: true, username: true },
      })
    : [];
  return {
    categories: categories.map((c) => ({
      id: c.id,
      name: c.name,
      choice: choice("CATEGORY", c.id),
      zones: c.zones.map((z) => ({ id: z.id, name: z.name, choice: choice("ZONE", z.id) })),
    })),
    authors: authors.map((a) => ({ ...a, choice: choice("AUTHOR", a.id) })),
    newsletter: choice("NEWSLETTER", null),
  };
}

export type MemberChoice = TargetRef & { frequency: Choice };

export type ApplyChoicesResult = { ok: true } | { ok: false; errors: Record<string, string> };

/**
 * Applies a member's choices in one transaction: OFF removes the subscription, DAILY/WEEKLY
 * creates or updates it, confirmed at once (the member is signed in with this address) and
 * linked to the account. Turning on something that no longer exists is refused by its key
 * (choiceKey), and then nothing is written.
 */
export async function applyMemberChoices(
  member: { id: number; email: string },
  choices: readonly MemberChoice[],
  now = new Date(),
): Promise<ApplyChoicesResult> {
  // The last choice for a target wins, as if the rows had been applied in order.
  const unique = [...new Map(choices.map((c) => [choiceKey(c.target, c.targetId), c])).values()];
  const on = unique.filter((c): c is TargetRef & { frequency: Frequency } => c.frequency !== "OFF");
  const off = unique.filter((c) => c.frequency === "OFF");
  return db.$transaction(async (tx) => {
    const known = await describeTargets(tx, on);
    const errors: Record<string, string> = {};
    for (const c of on) {
      const key = choiceKey(c.target, c.targetId);
      if (!known.has(key)) errors[key] = `This ${NOUNS[c.target]} no longer exists`;
    }
    if (Object.keys(errors).length > 0) return { ok: false, errors };

    if (off.length > 0) {
      await tx.$executeRaw`
        DELETE FROM "Subscription" s
        USING unnest(${off.map((c) => c.target)}::"SubscriptionTarget"[], ${off.map((c) => c.targetId)}::int[])
          AS c(target, "targetId")
        WHERE s.email = ${member.email} AND s.target = c.target
          AND s."targetId" IS NOT DISTINCT FROM c."targetId"`;
    }
    if (on.length > 0) {
      // A new row still needs an unsubscribe token hash; its link is issued with each digest.
      await tx.$executeRaw`
        INSERT INTO "Subscription"
          (email, "userId", target, "targetId", frequency, "confirmedAt", "unsubscribeTokenHash")
        SELECT ${member.email}, ${member.id}::int, c.target, c."targetId", c.frequency, ${utcTimestamp(now)}, c.hash
        FROM unnest(
          ${on.map((c) => c.target)}::"SubscriptionTarget"[],
          ${on.map((c) => c.targetId)}::int[],
          ${on.map((c) => c.frequency)}::"DigestFrequency"[],
          ${on.map(() => issueToken().hash)}::text[]
        ) AS c(target, "targetId", frequency, hash)
        ON CONFLICT (email, target, "targetId") DO UPDATE SET
          frequency = EXCLUDED.frequency,
          "userId" = EXCLUDED."userId",
          "confirmedAt" = COALESCE("Subscription"."confirmedAt", EXCLUDED."confirmedAt"),
          "confirmTokenHash" = NULL`;
    }
    return { ok: true };
  });
}

// ---- Anonymous visitors: double opt-in -----------------------------------------------------

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
  const row = await db.subscription.findUnique({
    where: { confirmTokenHash: hashToken(token) },
    select: { email: true, confirmSentAt: true },
  });
  if (!row) return { status: "unknown" };
  if (isExpired(row.confirmSentAt, now)) return { status: "expired" };
  const pending = await pendingOf(db, row.email);
  return { status: "valid", email: row.email, pending };
}

export type ConfirmResult =
  { status: "unknown" } | { status: "expired" } | { status: "confirmed"; confirmed: TargetSummary[] };

/**
 * Confirms every pending request of the token's address (the link proves the address is the
 * visitor's, and the page listed them all). A member account with this address adopts them.
 */
export async function confirmByToken(token: string, now = new Date()): Promise<ConfirmResult> {
  return db.$transaction(async (tx) => {
    const row = await tx.subscription.findUnique({
      where: { confirmTokenHash: hashToken(token) },
      select: { email: true, confirmSentAt: true },
    });
    if (!row) return { status: "unknown" };
    if (isExpired(row.confirmSentAt, now)) return { status: "expired" };
    const pending = await pendingOf(tx, row.email);
    const account = await tx.user.findUnique({ where: { email: row.email }, select: { id: true } });
    await tx.subscription.updateMany({
      where: { email: row.email, confirmedAt: null },
      data: { confirmedAt: now, confirmTokenHash: null, userId: account?.id ?? null },
    });
    return { status: "confirmed", confirmed: pending.map((p) => p.target) };
  });
}

// ---- Unsubscribing by token ----------------------------------------------------------------

/** One subscription, this address's digest at the same frequency, or everything of the address. */
export type UnsubscribeScope = "one" | "digest" | "all";

export interface UnsubscribeState {
  email: string;
  subscription: { target: TargetSummary | null; frequency: Frequency };
  /** How many subscriptions each scope would remove. */
  counts: Record<UnsubscribeScope, number>;
}

async function tokenOwner(client: SubscriptionTx, token: string) {
  return client.subscription.findUnique({
    where: { unsubscribeTokenHash: hashToken(token) },
    select: { id: true, email: true, target: true, targetId: true, frequency: true },
  });
}

/** What an unsubscribe link would remove, for the page that asks first; null for a bad token. */
export async function getUnsubscribe(token: string): Promise<UnsubscribeState | null> {
  const row = await tokenOwner(db, token);
  if (!row) return null;
  const [digest, all, known] = await Promise.all([
    db.subscription.count({ where: { email: row.email, frequency: row.frequency } }),
    db.subscription.count({ where: { email: row.email } }),
    describeTargets(db, [row]),
  ]);
  return {
    email: row.email,
    subscription: {
      target: known.get(choiceKey(row.target, row.targetId)) ?? null,
      frequency: row.frequency,
    },
    counts: { one: 1, digest, all },
  };
}

/**
 * Removes the token's subscription, or with `digest`/`all` the other subscriptions of the same
 * address too (the token proves the address, nothing more). Null for an unknown token: a wrong
 * or used token removes nothing.
 */
export async function unsubscribeByToken(
  token: string,
  scope: UnsubscribeScope,
): Promise<{ removed: number; email: string } | null> {
  return db.$transaction(async (tx) => {
    const row = await tokenOwner(tx, token);
    if (!row) return null;
    const where =
      scope === "one"
        ? { id: row.id }
        : scope === "digest"
          ? { email: row.email, frequency: row.frequency }
          : { email: row.email };
    const { count } = await tx.subscription.deleteMany({ where });
    return { removed: count, email: row.email };
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
