import "server-only";
import { verifyPassword } from "@/lib/auth/password";
import { checkLogin, recordLoginFailure } from "@/lib/auth/throttle";
import { throttledMessage } from "@/lib/auth/messages";
import { validationProblem } from "@/lib/http/problem";
import { clientIp } from "@/lib/http/request";
import { tooManyRequests } from "@/lib/rate-limit/respond";

/**
 * Checks the password a signed-in member typed to confirm a sensitive change (new password,
 * account deletion). Wrong guesses count against the same limits as failed logins, so a
 * stolen session cannot be used to guess the password at leisure. Null when it is right;
 * otherwise the response to send, with the message on `field`.
 */
export async function confirmPassword(
  request: Request,
  member: { email: string },
  passwordHash: string,
  password: string,
  field: string,
): Promise<Response | null> {
  const ip = clientIp(request);
  const throttle = await checkLogin(member.email, ip);
  if (!throttle.allowed) {
    const message = throttledMessage(throttle.retryAfterSeconds);
    return tooManyRequests({
      retryAfterSeconds: throttle.retryAfterSeconds,
      title: "Too many attempts",
      detail: message,
      errors: { [field]: message },
    });
  }
  if (await verifyPassword(passwordHash, password)) return null;
  await recordLoginFailure(member.email, ip);
  return validationProblem({ [field]: "This is not your current password" });
}
