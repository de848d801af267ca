import "server-only";
import { consumeLimit, type LimiterSpec, type LimitVerdict } from "@/lib/rate-limit/store";

// The anonymous subscribe endpoint sends email to addresses a stranger types in. Per address,
// lib/db/subscriptions.ts sends at most one confirmation per 10 minutes; this limit per client IP
// keeps one client from walking through many addresses (or filling the table).

export const SUBSCRIBE_LIMIT = {
  name: "subscribe_ip",
  points: 20,
  durationSeconds: 60 * 60,
} as const satisfies LimiterSpec;

export function consumeSubscribe(ip: string): Promise<LimitVerdict> {
  return consumeLimit(SUBSCRIBE_LIMIT, ip);
}
