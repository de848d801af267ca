import "server-only";
import { z } from "zod";
import { EDITORIAL_ROLES, getCurrentUser, hasRole, type CurrentUser } from "@/lib/auth/guards";
import { parseRouteId } from "@/lib/api/route-id";
import { decide, type Decision, type DecisionOutcome } from "@/lib/editorial/decisions";
import { expireReaderTags } from "@/lib/editorial/reader-tags";
import {
  forbidden,
  notFoundProblem,
  problem,
  unauthorized,
  validationProblem,
  type ProblemCode,
} from "@/lib/http/problem";
import { crossSiteProblem, isSameOrigin, parseBody } from "@/lib/http/request";

// Shared by the decision routes under /api/editor/articles/[id]/: same-origin, an editor or
// admin, a valid article id and body — then the service, and one mapping of its outcome to a
// status. Every answer is about one editor's action, so nothing may cache it.

export const NO_STORE = { "Cache-Control": "no-store" } as const;

export type ArticleRouteContext = { params: Promise<{ id: string }> };

export type Editor = { ok: true; editor: CurrentUser; articleId: number } | { ok: false; response: Response };

/** The signed-in editor and the article id, or the refusal to send. */
export async function editorRequest(request: Request, context: ArticleRouteContext): Promise<Editor> {
  if (!isSameOrigin(request)) return { ok: false, response: crossSiteProblem() };
  const editor = await getCurrentUser();
  if (!editor) {
    return { ok: false, response: unauthorized("Your session has ended. Log in again to review articles.") };
  }
  if (!hasRole(editor, EDITORIAL_ROLES)) {
    return { ok: false, response: forbidden("Only editors and admins can decide on articles.") };
  }
  const articleId = parseRouteId((await context.params).id);
  if (articleId === null) return { ok: false, response: articleNotFound() };
  return { ok: true, editor, articleId };
}

export function articleNotFound(): Response {
  return notFoundProblem("There is no article with this id.");
}

export function conflictProblem(code: ProblemCode, detail: string): Response {
  return problem({
    status: 409,
    title: code === "already-decided" ? "Already decided" : "Changed meanwhile",
    detail,
    code,
  });
}

/** The answer to a decision: the article's new state, after expiring what readers would see. */
export function decisionResponse(outcome: DecisionOutcome): Response {
  if (outcome.ok) {
    expireReaderTags(outcome.readerTags);
    return Response.json({ article: outcome.article }, { headers: NO_STORE });
  }
  switch (outcome.kind) {
    case "not-found":
      return articleNotFound();
    case "conflict":
      return conflictProblem(outcome.code, outcome.message);
    case "invalid":
      return validationProblem(outcome.errors);
    case "unavailable":
      return problem({ status: 503, title: "Try again", detail: outcome.message, code: "unavailable" });
  }
}

/**
 * A route handler taking one decision: `schema` checks the body (built per request when it
 * depends on the time), `toDecision` turns it into the service's Decision.
 */
export function decisionHandler<S extends z.ZodType>(
  schema: S | ((now: Date) => S),
  toDecision: (input: z.infer<S>) => Decision,
) {
  return async (request: Request, context: ArticleRouteContext): Promise<Response> => {
    const caller = await editorRequest(request, context);
    if (!caller.ok) return caller.response;
    const parsed = await parseBody(request, typeof schema === "function" ? schema(new Date()) : schema);
    if (!parsed.ok) return parsed.response;
    return decisionResponse(await decide(caller.articleId, caller.editor.id, toDecision(parsed.data)));
  };
}
