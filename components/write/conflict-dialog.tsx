"use client";

import { useEffect, useId, useRef } from "react";
import type { DraftDto, DraftValues } from "./draft-types";
import { formatSavedTime } from "./save-state";

function Version({ heading, values, note }: { heading: string; values: DraftValues; note: string }) {
  const id = useId();
  return (
    <section aria-labelledby={id} className="border-surface-border min-w-0 rounded-md border p-3">
      <h3 id={id} className="text-ink text-sm font-bold">
        {heading}
      </h3>
      <p className="text-muted text-xs">{note}</p>
      <p className="text-ink mt-2 text-sm font-semibold break-words">{values.title || "(no title)"}</p>
      <pre
        tabIndex={0}
        aria-label={`${heading}: body`}
        className="bg-surface-sunken text-ink focus-visible:ring-brand-600 mt-2 max-h-72 overflow-auto rounded p-2 font-mono text-xs leading-5 break-words whitespace-pre-wrap focus-visible:ring-2 focus-visible:outline-none"
      >
        {values.bodyMarkdown || "(empty body)"}
      </pre>
    </section>
  );
}

/**
 * Someone (another tab, another device) saved this draft after this page last did. Nothing is
 * overwritten until the author picks: keep theirs (saved over the newer copy, knowingly) or
 * load the saved one (their own text stays in this browser). A modal <dialog>: focus stays
 * inside, Escape closes it without choosing (the draft is not saved until they do).
 */
export function ConflictDialog({
  open,
  mine,
  saved,
  onKeepMine,
  onLoadSaved,
  onClose,
}: {
  open: boolean;
  mine: DraftValues;
  saved: DraftDto;
  onKeepMine: () => void;
  onLoadSaved: () => void;
  onClose: () => void;
}) {
  const dialog = useRef<HTMLDialogElement>(null);
  const keep = useRef<HTMLButtonElement>(null);
  const titleId = useId();

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) {
      element.showModal();
      // showModal focuses the first focusable element (the body excerpt); start on the choice.
      keep.current?.focus();
    }
    if (!open && element.open) element.close();
  }, [open]);

  return (
    <dialog
      ref={dialog}
      aria-labelledby={titleId}
      onClose={onClose}
      className="bg-surface text-ink border-surface-border m-auto w-[min(64rem,calc(100vw-2rem))] rounded-lg border p-5 shadow-xl backdrop:bg-black/60"
    >
      <h2 id={titleId} className="text-lg font-bold">
        This draft changed elsewhere
      </h2>
      <p className="text-ink-soft mt-1 text-sm">
        It was saved from another tab or device after this page last saved it. Choose which version to keep;
        nothing has been overwritten.
      </p>
      <div className="mt-4 grid gap-4 md:grid-cols-2">
        <Version heading="Your version" values={mine} note="What this page holds, not saved yet." />
        <Version
          heading="The saved version"
          values={saved}
          note={`Saved ${formatSavedTime(new Date(saved.updatedAt), new Date())}.`}
        />
      </div>
      <div className="mt-5 flex flex-wrap justify-end gap-3">
        <button
          type="button"
          onClick={onLoadSaved}
          className="border-surface-border text-ink hover:bg-surface-sunken rounded-md border px-4 py-2 text-sm font-semibold"
        >
          Load the saved version
        </button>
        <button
          ref={keep}
          type="button"
          onClick={onKeepMine}
          className="bg-brand-600 hover:bg-brand-700 text-on-brand rounded-md px-4 py-2 text-sm font-semibold"
        >
          Keep my version
        </button>
      </div>
    </dialog>
  );
}
