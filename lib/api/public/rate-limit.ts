import "server-only";
import type { RateLimiterRes } from "rate-limiter-flexible";
import { logger } from "@/lib/logger";
import { effectiveSpec, limiter, type LimiterSpec } from "@/lib/rate-limit/store";

// Per-IP limits of anonymous reads: the public JSON API, the search page and its suggestions.
// Nobody signs in for these, so the client's address (lib/http/request.ts clientIp) is the key.

export const PUBLIC_LIMITS = {
  /** The public JSON API: a script paging through every article at a steady clip stays under it. */
  api: { name: "api_public_ip", points: 120, durationSeconds: 60 },
  /** Search result pages: far above what a person types, far below a scraper's rate. */
  search: { name: "search_page_ip", points: 60, durationSeconds: 60 },
  /** Search box suggestions: a few per search, debounced while typing. */
  suggest: { name: "search_suggest_ip", points: 240, durationSeconds: 60 },
} as const satisfies Record<string, LimiterSpec>;

export interface LimitState {
  allowed: boolean;
  limit: number;
  remaining: number;
  /** Seconds until the window resets (at least 1 once the limit is reached). */
  resetSeconds: number;
}

/**
 * Counts one request from `ip` against `spec`. If the counter store (Redis or PostgreSQL) fails,
 * the request is let through and the failure logged: these are reads, and an outage of the
 * counters should not take search and the API down with it.
 */
export async function consumeIpLimit(declared: LimiterSpec, ip: string): Promise<LimitState> {
  const spec = effectiveSpec(declared);
  let result: RateLimiterRes;
  let allowed = true;
  try {
    result = await (await limiter(spec)).consume(ip, 1);
  } catch (rejection) {
    if (rejection instanceof Error) {
      logger.error({ err: rejection, limiter: spec.name }, "rate limit store failed; request let through");
      return {
        allowed: true,
        limit: spec.points,
        remaining: spec.points,
        resetSeconds: spec.durationSeconds,
      };
    }
    // rate-limiter-flexible rejects with its state (not an Error) when the points are used up.
    result = rejection as RateLimiterRes;
    allowed = false;
  }
  return {
    allowed,
    limit: spec.points,
    remaining: Math.max(0, result.remainingPoints),
    resetSeconds: Math.max(allowed ? 0 : 1, Math.ceil(result.msBeforeNext / 1000)),
  };
}

/**
 * The limit as headers (draft-ietf-httpapi-ratelimit-headers-07: `RateLimit` and
 * `RateLimit-Policy`), plus `Retry-After` once it is reached.
 */
export function rateLimitHeaders(declared: LimiterSpec, state: LimitState): Record<string, string> {
  const spec = effectiveSpec(declared);
  return {
    "RateLimit-Policy": `${spec.points};w=${spec.durationSeconds}`,
    RateLimit: `limit=${state.limit}, remaining=${state.remaining}, reset=${state.resetSeconds}`,
    ...(state.allowed ? {} : { "Retry-After": String(state.resetSeconds) }),
  };
}
