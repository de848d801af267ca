import "server-only";
import { decode, encode } from "next-auth/jwt";
import { cookies } from "next/headers";
import {
  authSecret,
  SESSION_MAX_AGE_SECONDS,
  sessionCookieName,
  SIGNED_IN_HINT_COOKIE,
  usesSecureCookies,
} from "./config";

/**
 * What a session token carries: the user id and the user's token version when it was issued,
 * nothing else. Name, role and suspension are read from the database on every request
 * (lib/auth/guards.ts), so changing them takes effect at once.
 */
export interface SessionClaims {
  userId: number;
  tokenVersion: number;
}

/** next-auth's JWT format (encrypted JWE), so OAuth sign-ins and ours share one cookie. */
export async function encodeSession(claims: SessionClaims): Promise<string> {
  return encode({
    token: { sub: String(claims.userId), tv: claims.tokenVersion },
    secret: authSecret(),
    maxAge: SESSION_MAX_AGE_SECONDS,
  });
}

/** The claims of a session token, or null when it is missing, forged, expired or malformed. */
export async function decodeSession(token: string | undefined): Promise<SessionClaims | null> {
  if (!token || token.length > 4096) return null;
  try {
    const payload = await decode({ token, secret: authSecret() });
    const userId = Number(payload?.sub);
    const tokenVersion = payload?.tv;
    if (!Number.isSafeInteger(userId) || userId <= 0 || typeof tokenVersion !== "number") return null;
    return { userId, tokenVersion };
  } catch {
    return null;
  }
}

function cookieOptions(maxAge: number, httpOnly: boolean) {
  return { httpOnly, sameSite: "lax" as const, secure: usesSecureCookies(), path: "/", maxAge };
}

/** Starts a session in this response (route handler or server action). */
export async function startSession(claims: SessionClaims): Promise<void> {
  const jar = await cookies();
  jar.set(sessionCookieName(), await encodeSession(claims), cookieOptions(SESSION_MAX_AGE_SECONDS, true));
  jar.set(SIGNED_IN_HINT_COOKIE, "1", cookieOptions(SESSION_MAX_AGE_SECONDS, false));
}

/** Ends the session in this response: both cookies are removed. */
export async function endSession(): Promise<void> {
  const jar = await cookies();
  jar.set(sessionCookieName(), "", cookieOptions(0, true));
  jar.set(SIGNED_IN_HINT_COOKIE, "", cookieOptions(0, false));
}

/** The claims of this request's session cookie. Reading cookies makes the caller dynamic. */
export async function readSession(): Promise<SessionClaims | null> {
  const jar = await cookies();
  return decodeSession(jar.get(sessionCookieName())?.value);
}
