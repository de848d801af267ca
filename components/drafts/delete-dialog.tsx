"use client";

import { useEffect, useId, useRef } from "react";

/**
 * "Delete this draft?" as a native modal <dialog>: the browser traps focus, closes it on Escape
 * and returns focus to the Delete button. Deleting cannot be undone, hence the second step.
 */
export function DeleteDialog({
  title,
  open,
  pending,
  error,
  onConfirm,
  onClose,
}: {
  title: string;
  open: boolean;
  pending: boolean;
  error: string | null;
  onConfirm: () => void;
  onClose: () => void;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  const headingId = useId();
  const textId = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);

  return (
    <dialog
      ref={ref}
      aria-labelledby={headingId}
      aria-describedby={textId}
      onClose={onClose}
      className="bg-surface text-ink border-surface-border m-auto w-[min(28rem,calc(100%-2rem))] rounded-xl border p-6 shadow-xl backdrop:bg-black/50"
    >
      <h2 id={headingId} className="text-lg font-semibold">
        Delete this draft?
      </h2>
      <p id={textId} className="text-ink-soft mt-2 text-sm">
        “{title}” and its history will be deleted for good. This cannot be undone.
      </p>
      {error && (
        <p role="alert" className="mt-3 text-sm font-medium text-red-700 dark:text-red-400">
          {error}
        </p>
      )}
      <div className="mt-5 flex justify-end gap-2">
        <button
          type="button"
          autoFocus
          onClick={onClose}
          className="border-surface-border text-ink hover:border-brand-500 rounded-md border px-3 py-1.5 text-sm font-semibold"
        >
          Cancel
        </button>
        <button
          type="button"
          disabled={pending}
          onClick={onConfirm}
          className="rounded-md bg-red-700 px-3 py-1.5 text-sm font-semibold text-white hover:bg-red-800 disabled:opacity-60"
        >
          {pending ? "Deleting…" : "Delete draft"}
        </button>
      </div>
    </dialog>
  );
}
