import { getCurrentUser } from "@/lib/auth/guards";
import { hashPassword, passwordProblem } from "@/lib/auth/password";
import { startSession } from "@/lib/auth/session";
import { changePasswordHash, getPasswordHash } from "@/lib/db/account";
import { unauthorized, validationProblem } from "@/lib/http/problem";
import { crossSiteProblem, isSameOrigin, parseBody } from "@/lib/http/request";
import { logger } from "@/lib/logger";
import { consumeMemberLimit, MEMBER_LIMITS } from "@/lib/rate-limit/member";
import { changePasswordSchema } from "@/lib/validation/settings";
import { confirmPassword } from "../_lib/confirm-password";

// POST /api/account/password: changes the password when the current one is right. The token
// version moves on, which ends every other session; this browser gets a new session at once.
export async function POST(request: Request): Promise<Response> {
  if (!isSameOrigin(request)) return crossSiteProblem();
  const user = await getCurrentUser();
  if (!user) return unauthorized();
  const limited = await consumeMemberLimit(MEMBER_LIMITS.passwordChange, user.id, "password changes");
  if (limited) return limited;
  const parsed = await parseBody(request, changePasswordSchema);
  if (!parsed.ok) return parsed.response;
  const { currentPassword, newPassword } = parsed.data;

  const currentHash = await getPasswordHash(user.id);
  if (!currentHash) {
    return validationProblem(
      { currentPassword: "Your account signs in with GitHub or Google and has no password to change" },
      "This account has no password",
    );
  }
  const refused = await confirmPassword(request, user, currentHash, currentPassword, "currentPassword");
  if (refused) return refused;
  const weak = passwordProblem(newPassword, { email: user.email, username: user.username });
  if (weak) return validationProblem({ newPassword: weak });
  if (newPassword === currentPassword) {
    return validationProblem({ newPassword: "Choose a password different from the current one" });
  }

  const tokenVersion = await changePasswordHash(user.id, await hashPassword(newPassword));
  await startSession({ userId: user.id, tokenVersion });
  logger.info({ event: "password.change", userId: user.id }, "password changed");
  return Response.json(
    { message: "Password changed. Every other session has been signed out." },
    { headers: { "Cache-Control": "no-store" } },
  );
}
