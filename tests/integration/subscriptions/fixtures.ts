import { db } from "@/lib/db/client";
import type { DigestFrequency, SubscriptionTarget } from "@/lib/db/generated/client";
import { createArticle } from "@/tests/factories/articles";
import { uniqueSuffix } from "@/tests/factories/unique";
import { issueToken } from "@/lib/subscriptions/tokens";

// Rows for the subscription tests, written directly, as a confirmed (or pending) visitor
// would have left them.

export const MINUTE = 60_000;

export function address(label = "reader"): string {
  return `${label}-${uniqueSuffix()}@example.test`;
}

export async function subscribe(
  email: string,
  target: SubscriptionTarget,
  targetId: number | null,
  options: { frequency?: DigestFrequency; confirmedAt?: Date | null; userId?: number } = {},
) {
  return db.subscription.create({
    data: {
      email,
      target,
      targetId,
      frequency: options.frequency ?? "DAILY",
      confirmedAt:
        options.confirmedAt === undefined ? new Date(Date.now() - 60 * MINUTE) : options.confirmedAt,
      userId: options.userId ?? null,
      unsubscribeTokenHash: issueToken().hash,
    },
  });
}

/** A published article in `zoneId`, published `minutesAgo` minutes ago. */
export async function publish(
  zoneId: number,
  minutesAgo: number,
  extra: Parameters<typeof createArticle>[0] = {},
) {
  return createArticle({
    zoneId,
    status: "PUBLISHED",
    publishedAt: new Date(Date.now() - minutesAgo * MINUTE),
    ...extra,
  });
}
