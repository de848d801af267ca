import "server-only";
import { describeWait } from "@/lib/auth/messages";
import { tooManyRequests } from "./respond";
import { consumeLimit, type LimiterSpec } from "./store";

// Limits counted per signed-in member (the account, wherever it signs in from).
export const MEMBER_LIMITS = {
  /** Each change runs argon2 twice and ends every other session: 10 an hour is plenty. */
  passwordChange: { name: "password_change_account", points: 10, durationSeconds: 60 * 60 },
  /** The editor previews while typing (debounced); rendering runs in the markdown worker pool. */
  preview: { name: "preview_member", points: 90, durationSeconds: 60 },
} as const satisfies Record<string, LimiterSpec>;

/** Counts one request of `userId` against `spec`; the 429 to answer once it is used up, else null. */
export async function consumeMemberLimit(
  spec: LimiterSpec,
  userId: number,
  what: string,
): Promise<Response | null> {
  const verdict = await consumeLimit(spec, String(userId));
  if (verdict.allowed) return null;
  return tooManyRequests({
    retryAfterSeconds: verdict.retryAfterSeconds,
    detail: `Too many ${what}. Try again in ${describeWait(verdict.retryAfterSeconds)}.`,
  });
}
