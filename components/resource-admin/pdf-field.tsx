"use client";

import { useId, useRef, useState } from "react";
import { formatFileSize } from "@/components/resource/file-size";
import { uploadPdf } from "./resource-api";

/** The limit the server enforces (lib/uploads/pdf.ts PDF_MAX_BYTES), checked here first too. */
const MAX_BYTES = 20 * 1024 * 1024;
const RULES = "A PDF of at most 20 MB. Members download it; it is never shown at a public address.";

export interface AttachedPdf {
  key: string;
  size: number | null;
  /** The uploaded file's name, when it was uploaded in this form. */
  name: string | null;
}

/**
 * The resource's PDF: choosing a file uploads it at once (the server checks that it really is a
 * PDF) and the form keeps the returned key until it is saved. The size is checked here first so
 * nobody waits for a 60 MB upload to be refused.
 */
export function PdfField({
  file,
  onChange,
  error,
}: {
  file: AttachedPdf | null;
  onChange: (file: AttachedPdf | null) => void;
  error?: string;
}) {
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [pending, setPending] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  async function onFile(event: React.ChangeEvent<HTMLInputElement>) {
    const chosen = event.target.files?.[0];
    if (!chosen) return;
    if (chosen.size > MAX_BYTES) {
      setProblem("This file is larger than 20 MB. Upload a PDF of at most 20 MB.");
      event.target.value = "";
      return;
    }
    setPending(true);
    setProblem(null);
    const outcome = await uploadPdf(chosen);
    setPending(false);
    if (input.current) input.current.value = "";
    if (!outcome.ok) return setProblem(outcome.message);
    onChange({ key: outcome.upload.key, size: outcome.upload.size, name: outcome.upload.name });
  }

  const message = problem ?? error;
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const size = file?.size ? ` (${formatFileSize(file.size)})` : "";
  return (
    <div>
      <label htmlFor={id} className="text-ink block text-sm font-semibold">
        PDF
      </label>
      <p className="text-ink-soft mt-1 text-sm">
        {file ? `Attached: ${file.name ?? "the current PDF"}${size}` : "No PDF attached yet."}
      </p>
      <div className="mt-2 flex flex-wrap items-center gap-3">
        <input
          ref={input}
          id={id}
          name="pdf"
          data-field="pdfKey"
          type="file"
          accept="application/pdf,.pdf"
          disabled={pending}
          onChange={(event) => void onFile(event)}
          aria-invalid={message ? true : undefined}
          aria-describedby={message ? `${hintId} ${errorId}` : hintId}
          className="text-ink-soft file:border-surface-border file:bg-surface-sunken file:text-ink hover:file:bg-brand-50 block text-sm file:mr-3 file:rounded-md file:border file:px-3 file:py-1.5 file:text-sm file:font-semibold"
        />
        {file && !pending && (
          <button
            type="button"
            onClick={() => onChange(null)}
            className="border-surface-border text-ink hover:bg-surface-sunken rounded-md border px-3 py-1.5 text-sm font-semibold"
          >
            Remove PDF
          </button>
        )}
      </div>
      <p id={hintId} className="text-muted mt-1 text-xs">
        {RULES}
      </p>
      <p className="text-muted mt-1 text-sm empty:hidden" aria-live="polite">
        {pending ? "Uploading and checking the PDF…" : ""}
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
