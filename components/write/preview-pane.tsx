"use client";

import { useEffect, useState } from "react";
import { previewBody } from "./draft-api";

const PREVIEW_DELAY_MS = 600;

export interface PreviewCounts {
  /** The body these numbers were computed for. */
  body: string;
  wordCount: number;
  readingMinutes: number;
}

interface Rendered {
  body: string;
  html: string | null;
  error: string | null;
}

/**
 * The body rendered by the server's pipeline (POST /api/drafts/preview), the very HTML readers
 * will get. Only while visible: the first render at once, then 600 ms after typing stops;
 * stale answers are dropped (aborted). Errors (too long, too deeply nested) come from the server.
 */
export function PreviewPane({
  body,
  visible,
  onCounts,
}: {
  body: string;
  visible: boolean;
  onCounts: (counts: PreviewCounts) => void;
}) {
  const [rendered, setRendered] = useState<Rendered | null>(null);
  const upToDate = rendered?.body === body;

  useEffect(() => {
    if (!visible || upToDate || body.trim() === "") return;
    const controller = new AbortController();
    const timer = setTimeout(
      () => {
        previewBody(body, controller.signal)
          .then((outcome) => {
            if (outcome.ok) {
              setRendered({ body, html: outcome.html, error: null });
              onCounts({ body, wordCount: outcome.wordCount, readingMinutes: outcome.readingMinutes });
            } else {
              setRendered((previous) => ({ body, html: previous?.html ?? null, error: outcome.message }));
            }
          })
          .catch(() => {
            if (controller.signal.aborted) return; // a newer body is on its way
            const message = "Could not reach the server for a preview. Check your connection.";
            setRendered((previous) => ({ body, html: previous?.html ?? null, error: message }));
          });
      },
      rendered === null ? 0 : PREVIEW_DELAY_MS,
    );
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [body, visible, upToDate, rendered, onCounts]);

  const empty = body.trim() === "";
  return (
    <section
      aria-label="Preview"
      aria-busy={!empty && !upToDate}
      className="border-surface-border bg-surface min-h-80 rounded-md border px-4 py-3"
    >
      {empty ? (
        <p className="text-muted text-sm">Nothing to preview yet: write something in the body first.</p>
      ) : (
        <>
          {rendered?.error && (
            <p
              role="alert"
              className="mb-3 rounded-md border border-red-300 bg-red-50 px-3 py-2 text-sm font-medium text-red-800 dark:border-red-800 dark:bg-red-950 dark:text-red-200"
            >
              {rendered.error}
            </p>
          )}
          {rendered?.html != null ? (
            // Sanitized by the server's pipeline (rehype-sanitize), the same HTML an article gets.
            <div className="prose-body" dangerouslySetInnerHTML={{ __html: rendered.html }} />
          ) : (
            !rendered?.error && <p className="text-muted text-sm">Rendering the preview…</p>
          )}
          {!upToDate && rendered?.html != null && (
            <p className="text-muted mt-3 text-xs" aria-hidden="true">
              Updating…
            </p>
          )}
        </>
      )}
    </section>
  );
}
