import "server-only";
import { redirect, notFound } from "next/navigation";
import { cache } from "react";
import type { Role } from "@/lib/db/auth";
import { readSession } from "./session";
import { safeReturnPath } from "./return-path";
import { userForSession, type CurrentUser } from "./session-user";

export { userForSession, type CurrentUser };

/**
 * The signed-in user of this request, or null. The session cookie only names the user and the
 * token version it was issued with; the user is read from the database on every request (once per
 * request: React `cache`), and the session no longer counts when the account is suspended or
 * its token version moved on (password change, "sign out everywhere", suspension).
 * Reads cookies, so only dynamic code (route handlers, actions, uncached pages) may call it.
 */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const claims = await readSession();
  return claims ? userForSession(claims) : null;
});

/** The login page that comes back to `returnTo` (a same-site path) afterwards. */
export function loginPath(returnTo: string): string {
  const path = safeReturnPath(returnTo);
  return path === "/" ? "/login" : `/login?next=${encodeURIComponent(path)}`;
}

/** The signed-in user; signed-out visitors are sent to log in and then back to `returnTo`. */
export async function requireUser(returnTo: string): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) redirect(loginPath(returnTo));
  return user;
}

export function hasRole(user: Pick<CurrentUser, "role"> | null, roles: readonly Role[]): boolean {
  return Boolean(user && roles.includes(user.role));
}

export const EDITORIAL_ROLES: readonly Role[] = ["EDITOR", "ADMIN"];
/** Site structure (categories, zones), content pages, the outbox and roles. */
export const ADMIN_ROLES: readonly Role[] = ["ADMIN"];

/**
 * The signed-in user when they have one of `roles`. Signed-out visitors go to log in; members
 * without the role get the 404 page, which says no more about the page than an unknown URL does.
 */
export async function requireRole(roles: readonly Role[], returnTo: string): Promise<CurrentUser> {
  const user = await requireUser(returnTo);
  if (!hasRole(user, roles)) notFound();
  return user;
}
