import "server-only";
import { env } from "@/lib/env";

// Session settings shared by our login route and next-auth's OAuth callbacks, so both issue the
// same cookie that lib/auth/guards.ts reads.

/** Thirty days; every request still re-reads the user, so a suspension ends a session at once. */
export const SESSION_MAX_AGE_SECONDS = 30 * 24 * 60 * 60;

export { SIGNED_IN_HINT_COOKIE } from "./hint";

/** https sites get `__Secure-` cookies, the way next-auth names them. */
export function usesSecureCookies(): boolean {
  return env().SITE_URL.startsWith("https://");
}

export function sessionCookieName(): string {
  return `${usesSecureCookies() ? "__Secure-" : ""}next-auth.session-token`;
}

const DEVELOPMENT_SECRET = "zonepress-development-secret-do-not-use-in-production";

/**
 * The key that encrypts session tokens. `npm start` creates one in .data/ when AUTH_SECRET is not
 * set; a production server without any refuses to issue sessions rather than use a known key.
 */
export function authSecret(): string {
  const secret = env().AUTH_SECRET;
  if (secret) return secret;
  if (env().NODE_ENV === "production") {
    throw new Error('AUTH_SECRET is not set (32+ random characters; see README "Configuration")');
  }
  return DEVELOPMENT_SECRET;
}
