"use client";

import { useId, useRef, useState } from "react";
import { uploadCover } from "./draft-api";

const MAX_BYTES = 5 * 1024 * 1024;
const RULES =
  "PNG, JPEG or WebP, at most 5 MB. Shown at most 1600 × 900; its metadata (EXIF, GPS) is removed.";

/**
 * The article's cover image: choosing a file uploads it at once (the server checks it by
 * content and re-encodes it) and the draft keeps the returned address; Remove clears it. The
 * size is checked here first so nobody waits for a 20 MB upload to be refused.
 */
export function CoverField({
  url,
  onChange,
  error,
}: {
  url: string | null;
  onChange: (url: string | null) => void;
  error?: string;
}) {
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [pending, setPending] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  async function onFile(event: React.ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    if (!file) return;
    if (file.size > MAX_BYTES) {
      setProblem("This file is larger than 5 MB. Use a PNG, JPEG or WebP image of at most 5 MB.");
      event.target.value = "";
      return;
    }
    setPending(true);
    setProblem(null);
    const outcome = await uploadCover(file);
    setPending(false);
    if (input.current) input.current.value = "";
    if (!outcome.ok) {
      setProblem(outcome.message);
      return;
    }
    onChange(outcome.url);
  }

  const message = problem ?? error;
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  return (
    <div>
      <label htmlFor={id} className="text-ink block text-sm font-semibold">
        Cover image
      </label>
      {url && (
        // eslint-disable-next-line @next/next/no-img-element -- our own re-encoded upload, already sized
        <img
          src={url}
          alt="The current cover image"
          className="border-surface-border mt-2 aspect-video w-full max-w-md rounded-md border object-cover"
        />
      )}
      <div className="mt-2 flex flex-wrap items-center gap-3">
        <input
          ref={input}
          id={id}
          name="cover"
          data-field="coverImageUrl"
          type="file"
          accept="image/png,image/jpeg,image/webp"
          disabled={pending}
          onChange={(event) => void onFile(event)}
          aria-invalid={message ? true : undefined}
          aria-describedby={message ? `${hintId} ${errorId}` : hintId}
          className="text-ink-soft file:border-surface-border file:bg-surface-sunken file:text-ink hover:file:bg-brand-50 block text-sm file:mr-3 file:rounded-md file:border file:px-3 file:py-1.5 file:text-sm file:font-semibold"
        />
        {url && !pending && (
          <button
            type="button"
            onClick={() => onChange(null)}
            className="border-surface-border text-ink hover:bg-surface-sunken rounded-md border px-3 py-1.5 text-sm font-semibold"
          >
            Remove cover image
          </button>
        )}
      </div>
      <p id={hintId} className="text-muted mt-1 text-xs">
        {RULES}
      </p>
      <p className="text-muted mt-1 text-sm empty:hidden" aria-live="polite">
        {pending ? "Uploading the cover…" : ""}
      </p>
      <div role="alert">
        {message && (
          <p id={errorId} className="mt-1 text-sm font-medium text-red-700 dark:text-red-400">
            {message}
          </p>
        )}
      </div>
    </div>
  );
}
