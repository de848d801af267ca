"use client";

import { useEffect, useId, useRef, useState } from "react";

/**
 * The second step of an action that is hard to undo (suspend a member, unpublish an article):
 * asks once more, with an optional note (for the audit log, or for the author). The focus starts
 * in the note; what the editor typed stays if the server refuses.
 */
export function NoteConfirm({
  label,
  explanation,
  maxLength,
  confirmLabel,
  pendingLabel,
  pending,
  onConfirm,
  onCancel,
}: {
  label: string;
  explanation?: string;
  maxLength: number;
  confirmLabel: string;
  pendingLabel: string;
  pending: boolean;
  onConfirm: (note: string) => void;
  onCancel: () => void;
}) {
  const [note, setNote] = useState("");
  const inputRef = useRef<HTMLInputElement>(null);
  const inputId = useId();

  useEffect(() => inputRef.current?.focus(), []);

  return (
    <form
      className="border-surface-border bg-surface-sunken mt-2 flex flex-col gap-2 rounded-md border p-2"
      onSubmit={(event) => {
        event.preventDefault();
        onConfirm(note.trim());
      }}
    >
      {explanation && <p className="text-ink text-xs">{explanation}</p>}
      <label htmlFor={inputId} className="text-ink text-xs font-medium">
        {label}
      </label>
      <input
        ref={inputRef}
        id={inputId}
        name="note"
        value={note}
        maxLength={maxLength}
        onChange={(event) => setNote(event.target.value)}
        className="border-surface-border bg-surface text-ink focus:ring-brand-600 rounded-md border px-2 py-1 text-sm focus:ring-2 focus:outline-none"
      />
      <div className="flex gap-2">
        <button
          type="submit"
          disabled={pending}
          className="bg-brand-600 hover:bg-brand-700 text-on-brand rounded-md px-2.5 py-1 text-xs font-semibold disabled:opacity-60"
        >
          {pending ? pendingLabel : confirmLabel}
        </button>
        <button
          type="button"
          onClick={onCancel}
          className="border-surface-border text-ink hover:border-brand-500 rounded-md border px-2.5 py-1 text-xs font-semibold"
        >
          Cancel
        </button>
      </div>
    </form>
  );
}
