import "server-only";
import { findSessionUser, type SessionUser } from "@/lib/db/auth";
import type { SessionClaims } from "./session";

export type CurrentUser = Omit<SessionUser, "suspendedAt">;

/** The user a session's claims stand for, if that session still counts. */
export async function userForSession(claims: SessionClaims): Promise<CurrentUser | null> {
  const user = await findSessionUser(claims.userId);
  if (!user || user.suspendedAt || user.tokenVersion !== claims.tokenVersion) return null;
  const { suspendedAt: _suspended, ...current } = user;
  return current;
}
