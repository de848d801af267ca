import "server-only";
import { renderMarkdown, type RenderedMarkdown } from "./render";

// The one entry point for rendering what a member typed (save, preview, the authoring API).
// Contract used by lib/db/drafts and the route handlers; the implementation moves into a worker
// pool with a per-document timeout (issue 5) without changing this signature.

/** Largest markdown body accepted, in bytes of UTF-8 (DESIGN.md §7 allows 200 KB overall). */
export const MAX_BODY_BYTES = 100 * 1024;

export type RenderFailure = "too-large" | "too-deep" | "timeout" | "failed";

export type RenderOutcome =
  | { ok: true; rendered: RenderedMarkdown }
  | { ok: false; reason: RenderFailure; /** For the body field, in the user's words. */ message: string };

/** Renders an untrusted markdown document within the limits, or says which limit it broke. */
export async function renderDocument(markdown: string): Promise<RenderOutcome> {
  if (Buffer.byteLength(markdown, "utf8") > MAX_BODY_BYTES) {
    return {
      ok: false,
      reason: "too-large",
      message: "The article is longer than 100 KB; split it or shorten it.",
    };
  }
  try {
    return { ok: true, rendered: await renderMarkdown(markdown) };
  } catch {
    return {
      ok: false,
      reason: "failed",
      message: "This text could not be rendered. Simplify its structure and try again.",
    };
  }
}
