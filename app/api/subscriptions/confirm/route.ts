import { z } from "zod";
import { confirmByToken } from "@/lib/db/subscription-confirmations";
import { isHtmlFormPost, seeOther } from "@/lib/http/form-post";
import { problem } from "@/lib/http/problem";
import { crossSiteProblem, isSameOrigin, parseBody } from "@/lib/http/request";
import { isWellFormedToken } from "@/lib/subscriptions/tokens";

const bodySchema = z.object({ token: z.string({ error: "The confirmation link is incomplete" }).max(200) });

/**
 * POST /api/subscriptions/confirm { token }: the button on /subscriptions/confirm. Confirming
 * takes this click rather than the GET of the emailed link, because mail scanners open links
 * in every message they check and would confirm on the owner's behalf. The plain form gets a
 * 303 back to the page with the outcome; scripts get JSON.
 */
export async function POST(request: Request): Promise<Response> {
  if (!isSameOrigin(request)) return crossSiteProblem();
  const form = isHtmlFormPost(request);
  const parsed = await parseBody(request, bodySchema);
  if (!parsed.ok) return form ? seeOther(request, "/subscriptions/confirm?status=invalid") : parsed.response;
  const { token } = parsed.data;
  const result = isWellFormedToken(token) ? await confirmByToken(token) : ({ status: "unknown" } as const);

  if (form) {
    const status = result.status === "unknown" ? "invalid" : result.status;
    const count = result.status === "confirmed" ? `&count=${result.confirmed.length}` : "";
    return seeOther(request, `/subscriptions/confirm?status=${status}${count}`);
  }
  if (result.status === "confirmed") {
    return Response.json(
      { confirmed: result.confirmed.map((t) => ({ target: t.target, targetId: t.targetId, name: t.name })) },
      { headers: { "Cache-Control": "no-store" } },
    );
  }
  return problem({
    status: result.status === "expired" ? 410 : 404,
    title: result.status === "expired" ? "Link expired" : "Unknown link",
    detail:
      result.status === "expired"
        ? "This confirmation link has expired. Subscribe again to get a new one."
        : "This confirmation link is not valid or was already used.",
    code: result.status === "expired" ? "expired" : "not-found",
  });
}
