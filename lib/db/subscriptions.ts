import "server-only";
import { listCategoriesWithZones } from "./categories";
import { db } from "./client";
import { Prisma } from "./generated/client";
import {
  choiceKey,
  type Choice,
  type Frequency,
  type Target,
  type TargetRef,
} from "@/lib/subscriptions/schemas";
import { issueToken } from "@/lib/subscriptions/tokens";

// Email subscriptions (DESIGN.md §3 Subscription): what they are to, and a member's choices.
// A subscription belongs to an address; a member's are those under their account email (which
// members cannot change), linked to the account so deleting it deletes them. Anonymous double
// opt-in is in subscription-confirmations.ts, unsubscribing by token in unsubscribe.ts.

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
