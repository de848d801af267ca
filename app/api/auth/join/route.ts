import { joinMember } from "@/lib/auth/join";
import { safeReturnPath } from "@/lib/auth/return-path";
import { problem, validationProblem } from "@/lib/http/problem";
import { crossSiteProblem, isSameOrigin, parseBody } from "@/lib/http/request";
import { tooManyRequests } from "@/lib/rate-limit/respond";
import { joinSchema } from "@/lib/validation/account";

// POST /api/auth/join: creates a member and signs them in. Field problems come back per field
// (422) so the form shows each next to its input and keeps everything typed.
export async function POST(request: Request): Promise<Response> {
  if (!isSameOrigin(request)) return crossSiteProblem();
  const parsed = await parseBody(request, joinSchema);
  if (!parsed.ok) return parsed.response;
  const outcome = await joinMember(parsed.data, request);
  if (outcome.ok) {
    return Response.json(
      { redirectTo: safeReturnPath(parsed.data.next), username: outcome.username },
      { status: 201, headers: { "Cache-Control": "no-store" } },
    );
  }
  if (outcome.kind === "fields") return validationProblem(outcome.errors);
  if (outcome.kind === "throttled") {
    return tooManyRequests({
      retryAfterSeconds: outcome.retryAfterSeconds,
      title: "Too many sign-ups",
      detail: outcome.message,
    });
  }
  return problem({ status: 503, title: "Service unavailable", detail: outcome.message, code: "unavailable" });
}
