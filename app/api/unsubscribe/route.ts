import type { NextRequest } from "next/server";
import { unsubscribeByToken, type UnsubscribeScope } from "@/lib/db/unsubscribe";
import { isHtmlFormPost, seeOther } from "@/lib/http/form-post";
import { notFoundProblem, problem, validationProblem } from "@/lib/http/problem";
import { readBoundedText } from "@/lib/http/request";
import { logger } from "@/lib/logger";
import { isWellFormedToken } from "@/lib/subscriptions/tokens";

const SCOPES: readonly UnsubscribeScope[] = ["one", "digest", "all"];

interface UnsubscribeRequest {
  token: string | null;
  scope: string;
  /** Posted by the form on /unsubscribe, which wants a page back rather than JSON. */
  fromPage: boolean;
}

/**
 * The token and scope come from the URL (the List-Unsubscribe link) or, for the form on
 * /unsubscribe, from its fields. A mail client's one-click body ("List-Unsubscribe=One-Click",
 * urlencoded or multipart, RFC 8058 §3.1) carries nothing else and is not needed.
 */
async function readRequest(request: NextRequest): Promise<UnsubscribeRequest | null> {
  const query = request.nextUrl.searchParams;
  const fields = new URLSearchParams();
  if (isHtmlFormPost(request)) {
    const text = await readBoundedText(request, 4 * 1024);
    if (text === null) return null;
    new URLSearchParams(text).forEach((value, key) => fields.set(key, value));
  }
  return {
    token: fields.get("token") ?? query.get("token"),
    scope: fields.get("scope") ?? query.get("scope") ?? "one",
    fromPage: fields.get("source") === "page",
  };
}

/**
 * POST /api/unsubscribe?token=…[&scope=one|digest|all]: unsubscribes without login or
 * JavaScript — the one-click endpoint of every digest's List-Unsubscribe header
 * (List-Unsubscribe-Post: List-Unsubscribe=One-Click) and the target of the /unsubscribe form.
 *
 * Unlike every other state-changing handler, this one does not check the request's origin:
 * mail clients (and their providers' servers) post it from outside the site, which is the point
 * of RFC 8058. A forged request gains nothing, because the random token in the link is the only
 * authority: without it nothing is removed, and with it only subscriptions of the address the
 * link was sent to. No cookie is read. A wrong or used token removes nothing.
 */
export async function POST(request: NextRequest): Promise<Response> {
  const input = await readRequest(request);
  if (!input)
    return problem({
      status: 413,
      title: "Too large",
      detail: "The request body is too large",
      code: "too-large",
    });
  const scope = SCOPES.find((s) => s === input.scope);
  if (!scope) {
    return input.fromPage
      ? seeOther(request, "/unsubscribe?status=invalid")
      : validationProblem({ scope: "Choose one, digest or all" });
  }
  const result = isWellFormedToken(input.token) ? await unsubscribeByToken(input.token, scope) : null;
  if (result)
    logger.info({ event: "subscription.unsubscribe", scope, removed: result.removed }, "unsubscribed");

  if (input.fromPage) {
    return seeOther(
      request,
      result ? `/unsubscribe?status=done&count=${result.removed}` : "/unsubscribe?status=invalid",
    );
  }
  if (!result) return notFoundProblem("This unsubscribe link is not valid any more; nothing was changed.");
  return Response.json({ removed: result.removed }, { headers: { "Cache-Control": "no-store" } });
}

/**
 * GET /api/unsubscribe?token=…: someone opened the one-click URL in a browser. A GET must not
 * unsubscribe (link scanners fetch every URL in a message), so it goes to the page that asks.
 */
export function GET(request: NextRequest): Response {
  const query = request.nextUrl.searchParams;
  const token = query.get("token");
  const scope = query.get("scope");
  const target = new URLSearchParams();
  if (token) target.set("token", token);
  if (scope) target.set("scope", scope);
  return seeOther(request, `/unsubscribe${target.size ? `?${target}` : ""}`);
}
