import "server-only";
import { ADMIN_ROLES, getCurrentUser, hasRole, type CurrentUser } from "@/lib/auth/guards";
import { forbidden, unauthorized } from "@/lib/http/problem";
import { crossSiteProblem, isSameOrigin } from "@/lib/http/request";

/**
 * The first checks of every outbox action: same origin, signed in, admin. The signed-in admin,
 * or the problem response to send (403 cross-site or not an admin, 401 signed out).
 */
export async function outboxAdmin(request: Request): Promise<CurrentUser | Response> {
  if (!isSameOrigin(request)) return crossSiteProblem();
  const actor = await getCurrentUser();
  if (!actor) return unauthorized("Your session has ended. Log in again to manage the outbox.");
  if (!hasRole(actor, ADMIN_ROLES)) return forbidden("Only admins can manage the email outbox.");
  return actor;
}
