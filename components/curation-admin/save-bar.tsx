"use client";

export type SaveState =
  | { kind: "idle" | "saving" }
  | { kind: "saved"; message: string }
  | { kind: "failed"; message: string }
  | { kind: "conflict" };

const CONFLICT =
  "Another editor changed this slot after you opened it, so nothing was saved. Load the current entries and make your change again.";

/**
 * The bar under the entries: what happened to the last save (progress politely, refusals as an
 * alert) and Save / Discard. It sticks to the bottom of the window so it stays in reach.
 */
export function SaveBar({
  state,
  dirty,
  onSave,
  onDiscard,
  onReload,
}: {
  state: SaveState;
  dirty: boolean;
  onSave: () => void;
  onDiscard: () => void;
  onReload: () => void;
}) {
  const busy = state.kind === "saving";
  const problem = state.kind === "failed" ? state.message : state.kind === "conflict" ? CONFLICT : null;
  const status =
    state.kind === "saving"
      ? "Saving…"
      : state.kind === "saved"
        ? state.message
        : problem
          ? ""
          : dirty
            ? "Unsaved changes"
            : "No unsaved changes";
  return (
    <div className="border-surface-border bg-surface sticky bottom-0 z-10 border-t py-3">
      <div className="flex flex-col gap-3 sm:flex-row sm:items-center sm:justify-between">
        <div className="min-w-0 text-sm sm:flex-1">
          <p role="status" aria-live="polite" className="text-ink-soft">
            {status}
          </p>
          <p role="alert" aria-live="assertive" className="font-medium text-red-700 dark:text-red-400">
            {problem}
          </p>
        </div>
        <div className="flex flex-wrap gap-3">
          {state.kind === "conflict" && (
            <button
              type="button"
              onClick={onReload}
              className="text-brand-700 text-sm font-semibold underline underline-offset-2"
            >
              Load the current entries
            </button>
          )}
          <button
            type="button"
            onClick={onDiscard}
            disabled={busy || !dirty}
            className="border-surface-border text-ink hover:bg-surface-sunken rounded-md border px-4 py-2 text-sm font-semibold disabled:opacity-60"
          >
            Discard changes
          </button>
          <button
            type="button"
            onClick={onSave}
            disabled={busy || !dirty}
            className="bg-brand-600 hover:bg-brand-700 text-on-brand rounded-md px-4 py-2 text-sm font-semibold disabled:opacity-60"
          >
            {busy ? "Saving…" : "Save changes"}
          </button>
        </div>
      </div>
    </div>
  );
}
