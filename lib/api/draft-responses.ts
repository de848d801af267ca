import "server-only";
import type { DraftOutcome, DraftView } from "@/lib/authoring/drafts";
import { notFoundProblem, problem, validationProblem } from "@/lib/http/problem";

// Authoring API answers. Every one is the caller's own data: no cache may keep it, and since it
// depends on the Authorization header a shared cache must not hand it to anyone else.

export const PRIVATE = { "Cache-Control": "private, no-store", Vary: "Authorization" } as const;

export function privately(response: Response): Response {
  for (const [name, value] of Object.entries(PRIVATE)) response.headers.set(name, value);
  return response;
}

/** Unknown ids and other members' drafts answer alike, so ids reveal nothing. */
export function draftNotFound(): Response {
  return privately(notFoundProblem("There is no draft of yours with this id."));
}

export function draftResponse(draft: DraftView, status = 200): Response {
  const headers: Record<string, string> = { ...PRIVATE };
  if (status === 201) headers.Location = `/api/v1/drafts/${draft.id}`;
  return Response.json({ draft }, { status, headers });
}

/** One status per service outcome; the same shapes as /api/drafts, which the writing page uses. */
export function outcomeResponse(outcome: DraftOutcome, okStatus = 200): Response {
  if (outcome.ok) return draftResponse(outcome.draft, okStatus);
  switch (outcome.kind) {
    case "invalid":
      return privately(validationProblem(outcome.errors));
    case "not-found":
      return draftNotFound();
    case "conflict":
      // `current` is what is stored now: the client can compare, merge and retry with its version.
      return Response.json(
        {
          type: "about:blank",
          title: "This draft changed elsewhere",
          status: 409,
          detail: `Someone saved this draft after you loaded it; it is now at version ${outcome.current.version}.`,
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
