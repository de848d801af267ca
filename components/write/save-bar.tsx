"use client";

import { useSyncExternalStore } from "react";
import { readingText, saveStateText, wordsText } from "./save-state";
import type { SaveStatus } from "./use-autosave";

// The current minute, in the browser only (null while rendering on the server and hydrating).
const subscribeMinutes = (tick: () => void) => {
  const timer = setInterval(tick, 15_000);
  return () => clearInterval(timer);
};
const currentMinute = () => Math.floor(Date.now() / 60_000);
const noMinute = () => null;

/**
 * The bar under the editor: save state (announced politely), counts, and the two actions. It
 * sticks to the bottom of the window so the state and buttons stay in reach of a long body.
 */
export function SaveBar({
  status,
  needsZone,
  words,
  minutes,
  busy,
  onSave,
  onSubmit,
  onResolve,
}: {
  status: SaveStatus;
  needsZone: boolean;
  words: number;
  minutes: number;
  busy: boolean;
  onSave: () => void;
  onSubmit: () => void;
  /** Reopens the conflict dialog when it was closed without a choice. */
  onResolve: (() => void) | null;
}) {
  const minute = useSyncExternalStore(subscribeMinutes, currentMinute, noMinute);
  const text = saveStateText(status, minute === null ? null : new Date(minute * 60_000));
  return (
    <div className="border-surface-border bg-surface sticky bottom-0 z-10 -mx-4 mt-6 border-t px-4 py-3 sm:-mx-6 sm:px-6">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <div className="min-w-0 text-sm">
          <p
            role="status"
            aria-live="polite"
            className={status.error ? "font-medium text-red-700 dark:text-red-400" : "text-ink-soft"}
          >
            {text}
            {needsZone && <span className="text-ink-soft block">Choose a zone to start saving</span>}
          </p>
          <p className="text-muted text-xs">
            <span>{wordsText(words)}</span> · <span>{readingText(minutes)}</span>
          </p>
        </div>
        <div className="flex flex-wrap items-center gap-3">
          {onResolve && (
            <button
              type="button"
              onClick={onResolve}
              className="text-brand-700 text-sm font-semibold underline underline-offset-2"
            >
              Choose a version
            </button>
          )}
          <button
            type="button"
            onClick={onSave}
            disabled={busy}
            className="border-surface-border text-ink hover:bg-surface-sunken rounded-md border px-4 py-2 text-sm font-semibold disabled:opacity-60"
          >
            Save Draft
          </button>
          <button
            type="button"
            onClick={onSubmit}
            disabled={busy}
            className="bg-brand-600 hover:bg-brand-700 text-on-brand rounded-md px-4 py-2 text-sm font-semibold disabled:opacity-60"
          >
            Submit for Review
          </button>
        </div>
      </div>
    </div>
  );
}
