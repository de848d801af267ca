import "server-only";
import { z } from "zod";
import { getCurrentUser, type CurrentUser } from "@/lib/auth/guards";
import type { DraftOutcome } from "@/lib/authoring/drafts";
import { notFoundProblem, problem, unauthorized, validationProblem } from "@/lib/http/problem";
import { crossSiteProblem, isSameOrigin, parseBody } from "@/lib/http/request";
import { draftFieldErrors } from "@/lib/validation/drafts";

// Shared by the /api/drafts route handlers: who is asking, the draft id, the body, and one
// mapping from a service outcome to a status. Answers are the author's own data, so no browser
// or proxy may keep them.

export const PRIVATE = { "Cache-Control": "private, no-store", Vary: "Cookie" } as const;

/** A markdown body of 100 KB plus the other fields and JSON escaping fits in this. */
export const DRAFT_BODY_MAX_BYTES = 220 * 1024;

const NOT_FOUND = "There is no draft of yours with this id.";

export function privately(response: Response): Response {
  for (const [name, value] of Object.entries(PRIVATE)) response.headers.set(name, value);
  return response;
}

/** The id as a Postgres int, or null for anything else ("12abc", "0", "99999999999"). */
export function draftIdOf(raw: string): number | null {
  return /^[1-9][0-9]{0,9}$/.test(raw) && Number(raw) <= 2_147_483_647 ? Number(raw) : null;
}

export type Author = { ok: true; user: CurrentUser } | { ok: false; response: Response };

/** The signed-in author; state-changing requests must also come from our own pages. */
export async function author(request: Request, options: { changes: boolean }): Promise<Author> {
  if (options.changes && !isSameOrigin(request))
    return { ok: false, response: privately(crossSiteProblem()) };
  const user = await getCurrentUser();
  if (!user) return { ok: false, response: privately(unauthorized("Log in to write articles.")) };
  return { ok: true, user };
}

export function draftNotFound(): Response {
  return privately(notFoundProblem(NOT_FOUND));
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

export function outcomeResponse(outcome: DraftOutcome, okStatus = 200): Response {
  if (outcome.ok) return Response.json({ draft: outcome.draft }, { status: okStatus, headers: PRIVATE });
  switch (outcome.kind) {
    case "invalid":
      return privately(validationProblem(outcome.errors));
    case "not-found":
      return draftNotFound();
    case "conflict":
      // The editor shows both versions; `current` is what is stored now.
      return Response.json(
        {
          type: "about:blank",
          title: "This draft changed elsewhere",
          status: 409,
          detail: "Someone saved this draft after you loaded it (another tab or device).",
          code: "conflict",
          current: outcome.current,
        },
        { status: 409, headers: { ...PRIVATE, "Content-Type": "application/problem+json" } },
      );
    case "not-editable":
      return privately(
        problem({ status: 409, title: "Not editable", detail: outcome.message, code: "not-editable" }),
      );
  }
}
