import { z } from "zod";
import { readBoundedText as readBounded } from "@/lib/http/request";

// The view beacon's body: `{ "articleId": 42 }`, sent as JSON or as text/plain (what
// navigator.sendBeacon sends for a string). Parsed here so the route handler stays thin.

/** Largest id Postgres' INTEGER holds: a bigger one would make the whole batched flush fail. */
const MAX_INT4 = 2_147_483_647;

/** Far more than `{"articleId":2147483647}` needs; anything bigger is not a beacon. */
export const MAX_VIEW_BODY_BYTES = 256;

export const viewBeaconSchema = z.object({
  articleId: z
    .number({
      error: (issue) => (issue.input === undefined ? "articleId is required" : "articleId must be a number"),
    })
    .int({ error: "articleId must be a whole number" })
    .positive({ error: "articleId must be a positive integer" })
    .max(MAX_INT4, { error: "articleId is too large" }),
});

export type ViewBeacon = z.infer<typeof viewBeaconSchema>;

export interface FieldProblem {
  field: string;
  message: string;
}

export type BeaconParse = { ok: true; beacon: ViewBeacon } | { ok: false; errors: FieldProblem[] };

/** The beacon's body text, or null when it is bigger than any beacon. */
export function readBoundedText(request: Request, maxBytes = MAX_VIEW_BODY_BYTES): Promise<string | null> {
  return readBounded(request, maxBytes);
}

/** Parses the beacon's body text; on failure names each bad field and why. */
export function parseViewBeacon(text: string | null): BeaconParse {
  if (text === null) {
    return {
      ok: false,
      errors: [{ field: "body", message: `body must be at most ${MAX_VIEW_BODY_BYTES} bytes` }],
    };
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, errors: [{ field: "body", message: 'body must be JSON like {"articleId": 42}' }] };
  }
  const parsed = viewBeaconSchema.safeParse(json);
  if (parsed.success) return { ok: true, beacon: parsed.data };
  return {
    ok: false,
    errors: parsed.error.issues.map((issue) => ({
      field: issue.path.length > 0 ? issue.path.join(".") : "body",
      message:
        issue.path.length > 0 || issue.code !== "invalid_type"
          ? issue.message
          : 'body must be a JSON object like {"articleId": 42}',
    })),
  };
}

/** An RFC 9457 problem document for a rejected beacon (never a stack trace). */
export function viewProblem(errors: FieldProblem[]): Response {
  return Response.json(
    {
      type: "about:blank",
      title: "Invalid view beacon",
      status: 400,
      detail: errors.map((e) => `${e.field}: ${e.message}`).join("; "),
      errors,
    },
    { status: 400, headers: { "Content-Type": "application/problem+json", "Cache-Control": "no-store" } },
  );
}
