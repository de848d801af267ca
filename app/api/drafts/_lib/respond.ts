import "server-only";
import { z } from "zod";
import { getCurrentUser, type CurrentUser } from "@/lib/auth/guards";
import { draftResponder } from "@/lib/api/draft-responses";
import { unauthorized, validationProblem } from "@/lib/http/problem";
import { crossSiteProblem, isSameOrigin, parseBody } from "@/lib/http/request";
import { draftFieldErrors } from "@/lib/validation/drafts";

// Shared by the /api/drafts route handlers: who is asking, the draft id, the body, and one
// mapping from a service outcome to a status. Answers are the author's own data, so no browser
// or proxy may keep them.

// The writing page's responder (session cookie).
const page = draftResponder("Cookie");
export const PRIVATE = page.headers;
export const { privately, draftNotFound, outcomeResponse } = page;

/** A markdown body of 100 KB plus the other fields and JSON escaping fits in this. */
export const DRAFT_BODY_MAX_BYTES = 220 * 1024;

/** The id as a Postgres int, or null for anything else ("12abc", "0", "99999999999"). */
export { parseRouteId as draftIdOf } from "@/lib/api/route-id";

export type Author = { ok: true; user: CurrentUser } | { ok: false; response: Response };

/** The signed-in author; state-changing requests must also come from our own pages. */
export async function author(request: Request, options: { changes: boolean }): Promise<Author> {
  if (options.changes && !isSameOrigin(request))
    return { ok: false, response: privately(crossSiteProblem()) };
  const user = await getCurrentUser();
  if (!user) return { ok: false, response: privately(unauthorized("Log in to write articles.")) };
  return { ok: true, user };
}

/** The JSON body checked by `schema`, each bad field named as the form names it. */
export async function readDraftBody<S extends z.ZodType>(
  request: Request,
  schema: S,
): Promise<{ ok: true; data: z.infer<S> } | { ok: false; response: Response }> {
  // JSON first, the schema second: its errors are keyed by form field ("tags", not "tags.2").
  const body = await parseBody(request, z.unknown(), DRAFT_BODY_MAX_BYTES);
  if (!body.ok) return { ok: false, response: privately(body.response) };
  const parsed = schema.safeParse(body.data);
  if (!parsed.success)
    return { ok: false, response: privately(validationProblem(draftFieldErrors(parsed.error))) };
  return { ok: true, data: parsed.data };
}
