import { loginWithPassword } from "@/lib/auth/login";
import { safeReturnPath } from "@/lib/auth/return-path";
import { isHtmlFormPost, seeOther } from "@/lib/http/form-post";
import { problem } from "@/lib/http/problem";
import { crossSiteProblem, isSameOrigin, parseBody } from "@/lib/http/request";
import { loginSchema } from "@/lib/validation/account";
import { tooManyRequests } from "@/lib/rate-limit/respond";

// POST /api/auth/login: email + password. The login page posts JSON and shows the message of the
// problem it gets back; without JavaScript the form posts urlencoded and is redirected back.
export async function POST(request: Request): Promise<Response> {
  if (!isSameOrigin(request)) return crossSiteProblem();
  const form = isHtmlFormPost(request);
  const parsed = await parseBody(request, loginSchema);
  if (!parsed.ok) return form ? seeOther(request, "/login?error=invalid-input") : parsed.response;

  const { email, password, next } = parsed.data;
  const outcome = await loginWithPassword(email, password, request);
  const returnTo = safeReturnPath(next);
  if (outcome.ok) {
    return form
      ? seeOther(request, returnTo)
      : Response.json({ redirectTo: returnTo }, { headers: { "Cache-Control": "no-store" } });
  }
  const retryAfter = outcome.retryAfterSeconds
    ? { "Retry-After": String(outcome.retryAfterSeconds) }
    : undefined;
  if (form) {
    const query = new URLSearchParams({ error: outcome.code, email });
    if (returnTo !== "/") query.set("next", returnTo);
    if (outcome.retryAfterSeconds) query.set("retry", String(outcome.retryAfterSeconds));
    return seeOther(request, `/login?${query}`, retryAfter);
  }
  if (outcome.status === 429 && outcome.retryAfterSeconds) {
    return tooManyRequests({
      retryAfterSeconds: outcome.retryAfterSeconds,
      title: outcome.title,
      detail: outcome.message,
    });
  }
  return problem({
    status: outcome.status,
    title: outcome.title,
    detail: outcome.message,
    code: outcome.code,
    headers: retryAfter,
  });
}
