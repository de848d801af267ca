import "server-only";
import { z } from "zod";
import type { DraftInput, DraftView } from "@/lib/authoring/drafts";
import { problem, validationProblem } from "@/lib/http/problem";
import { parseBody } from "@/lib/http/request";
import { MAX_BODY_BYTES } from "@/lib/markdown/render-document";
import { draftFieldErrors } from "@/lib/validation/drafts";

// Request bodies of the authoring API. The fields, their rules and their messages are the
// writing page's (lib/validation/drafts.ts); what differs is that scripts are not forms:
// only JSON is accepted, misspelt fields are refused instead of silently ignored, and an
// update may leave fields out to keep their saved values.

export const DRAFT_FIELDS = ["title", "summary", "bodyMarkdown", "zoneId", "tags", "coverImageUrl"] as const;

/**
 * A 100 KB body in JSON: quotes, backslashes and newlines take two bytes each once escaped,
 * plus room for the other fields.
 */
export const API_BODY_MAX_BYTES = 2 * MAX_BODY_BYTES + 32 * 1024;

const objectSchema = z.record(z.string(), z.unknown(), { error: "The request body must be a JSON object" });

type Read = { ok: true; data: Record<string, unknown> } | { ok: false; response: Response };

function isJson(request: Request): boolean {
  const type = (request.headers.get("content-type") ?? "").split(";")[0]!.trim().toLowerCase();
  return type === "application/json" || type.endsWith("+json");
}

/** The JSON object in the body, with only `allowed` keys; otherwise the 413/415/422 to answer. */
export async function readDraftJson(request: Request, allowed: readonly string[]): Promise<Read> {
  if (!isJson(request)) {
    return {
      ok: false,
      response: problem({
        status: 415,
        title: "Unsupported media type",
        detail: "Send the draft as JSON with Content-Type: application/json",
        code: "unsupported-media-type",
      }),
    };
  }
  const body = await parseBody(request, objectSchema, API_BODY_MAX_BYTES);
  if (!body.ok) return body;
  const unknown = Object.keys(body.data).filter((key) => !allowed.includes(key));
  if (unknown.length > 0) {
    const errors = Object.fromEntries(
      unknown.map((key) => [key, `Unknown field; the fields are ${allowed.join(", ")}`]),
    );
    return { ok: false, response: validationProblem(errors) };
  }
  return { ok: true, data: body.data };
}

/** The saved draft's fields overlaid with those the request sends: what an update stores. */
export function mergeDraft(current: DraftView, changes: Record<string, unknown>): Record<string, unknown> {
  const saved: DraftInput = {
    title: current.title,
    summary: current.summary,
    bodyMarkdown: current.bodyMarkdown,
    zoneId: current.zoneId,
    tags: current.tags,
    coverImageUrl: current.coverImageUrl,
  };
  return { ...saved, ...changes };
}

/** `input` checked by the writing page's schema, each failure named on its field. */
export function checkDraft<S extends z.ZodType>(
  schema: S,
  input: unknown,
): { ok: true; data: z.infer<S> } | { ok: false; response: Response } {
  const parsed = schema.safeParse(input);
  if (parsed.success) return { ok: true, data: parsed.data };
  return { ok: false, response: validationProblem(draftFieldErrors(parsed.error)) };
}
