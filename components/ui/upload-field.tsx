"use client";

import { useId, useRef, useState } from "react";

/**
 * A labelled file input that uploads as soon as a file is chosen: what is attached now, a
 * Remove button, the rules as a hint, "uploading…" announced politely and a refusal announced as
 * an alert, each tied to the input with aria-describedby. Files over `maxBytes` are refused here
 * first, so nobody waits for a large upload to be refused; `upload` sends the file and answers
 * null once it is attached, or the message to show.
 */
export function UploadField({
  label,
  name,
  field,
  accept,
  current,
  hasFile,
  removeLabel,
  onRemove,
  upload,
  maxBytes,
  tooLarge,
  pendingText,
  error,
  hint,
}: {
  label: string;
  name: string;
  /** The form field a server error is reported on (data-field, for focusing it). */
  field: string;
  accept: string;
  /** What is attached now (an image, a file name), shown above the input. */
  current: React.ReactNode;
  hasFile: boolean;
  removeLabel: string;
  onRemove: () => void;
  upload: (file: File) => Promise<string | null>;
  maxBytes: number;
  tooLarge: string;
  pendingText: string;
  /** The server's message for this field on the last save. */
  error?: string;
  hint: string;
}) {
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [pending, setPending] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  async function onFile(event: React.ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    if (!file) return;
    if (file.size > maxBytes) {
      setProblem(tooLarge);
      event.target.value = "";
      return;
    }
    setPending(true);
    setProblem(null);
    const refusal = await upload(file);
    setPending(false);
    if (input.current) input.current.value = "";
    setProblem(refusal);
  }

  const message = problem ?? error;
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  return (
    <div>
      <label htmlFor={id} className="text-ink block text-sm font-semibold">
        {label}
      </label>
      {current}
      <div className="mt-2 flex flex-wrap items-center gap-3">
        <input
          ref={input}
          id={id}
          name={name}
          data-field={field}
          type="file"
          accept={accept}
          disabled={pending}
          onChange={(event) => void onFile(event)}
          aria-invalid={message ? true : undefined}
          aria-describedby={message ? `${hintId} ${errorId}` : hintId}
          className="text-ink-soft file:border-surface-border file:bg-surface-sunken file:text-ink hover:file:bg-brand-50 block text-sm file:mr-3 file:rounded-md file:border file:px-3 file:py-1.5 file:text-sm file:font-semibold"
        />
        {hasFile && !pending && (
          <button
            type="button"
            onClick={onRemove}
            className="border-surface-border text-ink hover:bg-surface-sunken rounded-md border px-3 py-1.5 text-sm font-semibold"
          >
            {removeLabel}
          </button>
        )}
      </div>
      <p id={hintId} className="text-muted mt-1 text-xs">
        {hint}
      </p>
      <p className="text-muted mt-1 text-sm empty:hidden" aria-live="polite">
        {pending ? pendingText : ""}
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
