import "server-only";
import { findLoginCandidate } from "@/lib/db/auth";
import { clientIp } from "@/lib/http/request";
import { requestLogger } from "@/lib/http/request-id";
import { verifyPassword } from "./password";
import { startSession } from "./session";
import {
  INVALID_CREDENTIALS_MESSAGE,
  SUSPENDED_MESSAGE,
  throttledMessage,
  UNAVAILABLE_MESSAGE,
} from "./messages";
import { checkLogin, recordLoginFailure, recordLoginSuccess } from "./throttle";

export type LoginFailureCode = "invalid-credentials" | "throttled" | "suspended" | "unavailable";

export type LoginOutcome =
  | { ok: true; userId: number }
  | {
      ok: false;
      status: number;
      code: LoginFailureCode;
      title: string;
      message: string;
      retryAfterSeconds?: number;
    };

/**
 * Checks the throttle, then the password (the same argon2 work whether or not the email exists),
 * and starts a session on success. Failures are counted against the account, the address and both.
 */
export async function loginWithPassword(
  email: string,
  password: string,
  request: Request,
): Promise<LoginOutcome> {
  const ip = clientIp(request);
  try {
    const throttle = await checkLogin(email, ip);
    if (!throttle.allowed) {
      requestLogger(request).warn(
        { event: "login.throttled", retryAfterSeconds: throttle.retryAfterSeconds },
        "login throttled",
      );
      return {
        ok: false,
        status: 429,
        code: "throttled",
        title: "Too many attempts",
        message: throttledMessage(throttle.retryAfterSeconds),
        retryAfterSeconds: throttle.retryAfterSeconds,
      };
    }
    const candidate = await findLoginCandidate(email);
    const matches = await verifyPassword(candidate?.passwordHash ?? null, password);
    if (!candidate || !matches) {
      await recordLoginFailure(email, ip);
      return {
        ok: false,
        status: 401,
        code: "invalid-credentials",
        title: "Not signed in",
        message: INVALID_CREDENTIALS_MESSAGE,
      };
    }
    if (candidate.suspendedAt) {
      return {
        ok: false,
        status: 403,
        code: "suspended",
        title: "Account suspended",
        message: SUSPENDED_MESSAGE,
      };
    }
    await recordLoginSuccess(email, ip);
    await startSession({ userId: candidate.id, tokenVersion: candidate.tokenVersion });
    requestLogger(request, candidate.id).info({ event: "login.success" }, "signed in");
    return { ok: true, userId: candidate.id };
  } catch (error) {
    requestLogger(request).error({ event: "login.error", err: error }, "login failed");
    return {
      ok: false,
      status: 503,
      code: "unavailable",
      title: "Service unavailable",
      message: UNAVAILABLE_MESSAGE,
    };
  }
}
