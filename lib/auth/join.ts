import "server-only";
import { revalidateTag } from "next/cache";
import { createMember } from "@/lib/db/auth";
import { TAGS } from "@/lib/cache/tags";
import type { FieldErrors } from "@/lib/http/problem";
import { clientIp } from "@/lib/http/request";
import { requestLogger } from "@/lib/http/request-id";
import type { JoinInput } from "@/lib/validation/account";
import { hashPassword, passwordProblem } from "./password";
import { startSession } from "./session";
import { consumeJoin, describeWait } from "./throttle";

export type JoinOutcome =
  | { ok: true; userId: number; username: string }
  | { ok: false; kind: "fields"; errors: FieldErrors }
  | { ok: false; kind: "throttled"; message: string; retryAfterSeconds: number }
  | { ok: false; kind: "unavailable"; message: string };

const TAKEN_MESSAGES = {
  email: "An account with this email already exists. Log in instead, or use another address.",
  username: "This username is taken; choose another",
} as const;

/** Creates the member and signs them in; field problems name the field and the reason. */
export async function joinMember(input: JoinInput, request: Request): Promise<JoinOutcome> {
  const weak = passwordProblem(input.password, { email: input.email, username: input.username });
  if (weak) return { ok: false, kind: "fields", errors: { password: weak } };
  try {
    const throttle = await consumeJoin(clientIp(request));
    if (!throttle.allowed) {
      return {
        ok: false,
        kind: "throttled",
        message: `Too many accounts were created from your network. Try again in ${describeWait(throttle.retryAfterSeconds)}.`,
        retryAfterSeconds: throttle.retryAfterSeconds,
      };
    }
    const created = await createMember({
      name: input.name,
      username: input.username,
      email: input.email,
      passwordHash: await hashPassword(input.password),
    });
    if (!created.ok) {
      return {
        ok: false,
        kind: "fields",
        errors: Object.fromEntries(created.taken.map((field) => [field, TAKEN_MESSAGES[field]])),
      };
    }
    await startSession({ userId: created.user.id, tokenVersion: created.user.tokenVersion });
    // The header's member count.
    revalidateTag(TAGS.members, "max");
    requestLogger(request, created.user.id).info({ event: "join" }, "member joined");
    return { ok: true, userId: created.user.id, username: created.user.username };
  } catch (error) {
    requestLogger(request).error({ event: "join.error", err: error }, "join failed");
    return {
      ok: false,
      kind: "unavailable",
      message: "Joining is not possible right now. Please try again in a minute.",
    };
  }
}
