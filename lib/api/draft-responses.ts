import "server-only";
import type { DraftOutcome, DraftView } from "@/lib/authoring/drafts";
import { notFoundProblem, problem, validationProblem } from "@/lib/http/problem";

// Answers about a member's drafts, shared by the writing page's routes (/api/drafts, session
// cookie) and the authoring API (/api/v1/drafts, Bearer token). Every one is the caller's own
// data: no cache may keep it, and a shared cache must not hand it to anyone else, so `Vary`
// names what identifies the caller.

export interface DraftResponder {
  headers: Readonly<Record<string, string>>;
  privately(response: Response): Response;
  draftNotFound(): Response;
  draftResponse(draft: DraftView, status?: number): Response;
  outcomeResponse(outcome: DraftOutcome, okStatus?: number): Response;
}

export function draftResponder(
  vary: "Cookie" | "Authorization",
  location?: (id: number) => string,
): DraftResponder {
  const headers = { "Cache-Control": "private, no-store", Vary: vary } as const;
  const privately = (response: Response) => {
    for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
    return response;
  };
  // Unknown ids and other members' drafts answer alike, so ids reveal nothing.
  const draftNotFound = () => privately(notFoundProblem("There is no draft of yours with this id."));
  const draftResponse = (draft: DraftView, status = 200) => {
    const extra: Record<string, string> = status === 201 && location ? { Location: location(draft.id) } : {};
    return Response.json({ draft }, { status, headers: { ...headers, ...extra } });
  };
  /** One status per service outcome, the same shapes for the page and the API. */
  const outcomeResponse = (outcome: DraftOutcome, okStatus = 200): Response => {
    if (outcome.ok) return draftResponse(outcome.draft, okStatus);
    switch (outcome.kind) {
      case "invalid":
        return privately(validationProblem(outcome.errors));
      case "not-found":
        return draftNotFound();
      case "conflict":
        // `current` is what is stored now: the editor shows both versions; a script can merge
        // and retry with its version.
        return Response.json(
          {
            type: "about:blank",
            title: "This draft changed elsewhere",
            status: 409,
            detail: `Someone saved this draft after you loaded it (another tab, device or script); it is now at version ${outcome.current.version}.`,
            code: "conflict",
            current: outcome.current,
          },
          { status: 409, headers: { ...headers, "Content-Type": "application/problem+json" } },
        );
      case "not-editable":
        return privately(
          problem({ status: 409, title: "Not editable", detail: outcome.message, code: "not-editable" }),
        );
    }
  };
  return { headers, privately, draftNotFound, draftResponse, outcomeResponse };
}

// The authoring API's responder (Bearer token).
const api = draftResponder("Authorization", (id) => `/api/v1/drafts/${id}`);
export const PRIVATE = api.headers;
export const { privately, draftNotFound, draftResponse, outcomeResponse } = api;
