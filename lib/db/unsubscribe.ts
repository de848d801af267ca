import "server-only";
import { db } from "./client";
import { describeTargets, type SubscriptionTx, type TargetSummary } from "./subscriptions";
import { choiceKey, type Frequency } from "@/lib/subscriptions/schemas";
import { hashToken } from "@/lib/subscriptions/tokens";

// Unsubscribing by the token of a digest's links (stored as sha256 only). The token proves the
// address it was sent to and nothing more: it reaches that address's subscriptions only.

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
