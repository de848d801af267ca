import "server-only";
import type { RateLimiterRes } from "rate-limiter-flexible";
import { tooManyRequests } from "@/lib/rate-limit/respond";
import { limiter, type LimiterSpec } from "@/lib/rate-limit/store";

// Authoring API limits, counted per token (a member's laptop and CI job do not share a budget).
// Writes render markdown in the worker pool, so they are the scarce part; reads are cheap.
export const API_LIMITS = {
  write: { name: "api_write_token", points: 60, durationSeconds: 60 },
  read: { name: "api_read_token", points: 300, durationSeconds: 60 },
} as const satisfies Record<string, LimiterSpec>;

export type ApiLimitKind = keyof typeof API_LIMITS;

/** Counts one request of `kind` for the token; the 429 to answer once its minute is used up. */
export async function consumeApiLimit(kind: ApiLimitKind, tokenId: number): Promise<Response | null> {
  const spec = API_LIMITS[kind];
  const counter = await limiter(spec);
  try {
    await counter.consume(String(tokenId), 1);
    return null;
  } catch (rejection) {
    // rate-limiter-flexible rejects with an Error when the store fails, with its state when full.
    if (rejection instanceof Error) throw rejection;
    const retryAfter = Math.max(1, Math.ceil((rejection as RateLimiterRes).msBeforeNext / 1000));
    return tooManyRequests({
      retryAfterSeconds: retryAfter,
      detail: `This token may make ${counter.points} ${kind} requests a minute; try again in ${retryAfter} s`,
    });
  }
}
