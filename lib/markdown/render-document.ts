import "server-only";
import { logger } from "@/lib/logger";
import { checkLimits, MAX_BODY_BYTES } from "./limits";
import type { RenderedMarkdown } from "./pipeline/render.mjs";
import { renderInWorker, RENDER_TIMEOUT_MS } from "./pool";

// The one entry point for rendering what a member typed (save, preview, the authoring API,
// npm run db:rerender): bounded before parsing (limits.ts), then rendered in a worker thread
// with a per-document timeout (pool.ts), so no document can stall the server.

export { MAX_BODY_BYTES };

export type RenderFailure = "too-large" | "too-deep" | "timeout" | "failed";

export type RenderOutcome =
  | { ok: true; rendered: RenderedMarkdown }
  | { ok: false; reason: RenderFailure; /** For the body field, in the user's words. */ message: string };

/** Renders an untrusted markdown document within the limits, or says which limit it broke. */
export async function renderDocument(markdown: string): Promise<RenderOutcome> {
  const refusal = checkLimits(markdown);
  if (refusal) return { ok: false, ...refusal };
  const outcome = await renderInWorker(markdown);
  if (outcome.ok) return outcome;
  const bytes = Buffer.byteLength(markdown, "utf8");
  switch (outcome.reason) {
    case "timeout":
      logger.warn({ event: "markdown.timeout", bytes }, "render timed out");
      return {
        ok: false,
        reason: "timeout",
        message: `This text took longer than ${RENDER_TIMEOUT_MS / 1000} seconds to render, usually because of deep nesting or long runs of *, _ or [. Simplify its structure and try again.`,
      };
    case "busy":
      logger.warn({ event: "markdown.busy", bytes }, "render queue full");
      return {
        ok: false,
        reason: "timeout",
        message: "The server is busy rendering other texts; try again in a moment. Nothing was lost.",
      };
    case "failed":
      logger.error({ event: "markdown.failed", bytes, err: outcome.error }, "render failed");
      return {
        ok: false,
        reason: "failed",
        message: "This text could not be rendered. Simplify its structure and try again.",
      };
  }
}
