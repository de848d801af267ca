"use client";

import { useId, useRef } from "react";
import { BodyEditor } from "./body-editor";
import { DRAFT_LIMITS } from "./draft-types";
import { PreviewPane, type PreviewCounts } from "./preview-pane";

export type BodyTab = "write" | "preview";

const TABS: { tab: BodyTab; label: string }[] = [
  { tab: "write", label: "Write" },
  { tab: "preview", label: "Preview" },
];

/**
 * The "Body" field: Write and Preview tabs (WAI-ARIA tabs, arrow keys move between them) over
 * the markdown editor and the server-rendered preview. Errors show under both.
 */
export function BodyField({
  value,
  onChange,
  error,
  tab,
  onTab,
  onCounts,
  label = "Body",
  hint,
}: {
  value: string;
  onChange: (value: string) => void;
  error?: string;
  tab: BodyTab;
  onTab: (tab: BodyTab) => void;
  onCounts: (counts: PreviewCounts) => void;
  /** For other markdown bodies than an article's (content pages, events). */
  label?: string;
  hint?: React.ReactNode;
}) {
  const id = useId();
  const tabs = useRef<(HTMLButtonElement | null)[]>([]);
  const bodyId = `${id}-body`;
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;

  function onTabKey(event: React.KeyboardEvent<HTMLButtonElement>, index: number) {
    const next =
      event.key === "ArrowRight"
        ? index + 1
        : event.key === "ArrowLeft"
          ? index - 1
          : event.key === "Home"
            ? 0
            : event.key === "End"
              ? TABS.length - 1
              : null;
    if (next === null) return;
    event.preventDefault();
    const target = (next + TABS.length) % TABS.length;
    const chosen = TABS[target];
    if (chosen) onTab(chosen.tab);
    tabs.current[target]?.focus();
  }

  return (
    <div>
      <div className="flex flex-wrap items-end justify-between gap-2">
        <label htmlFor={bodyId} className="text-ink block text-sm font-semibold">
          {label}
        </label>
        <div role="tablist" aria-label="Body view" className="flex gap-1">
          {TABS.map(({ tab: name, label }, index) => (
            <button
              key={name}
              ref={(element) => {
                tabs.current[index] = element;
              }}
              type="button"
              role="tab"
              id={`${id}-tab-${name}`}
              aria-selected={tab === name}
              aria-controls={`${id}-panel-${name}`}
              tabIndex={tab === name ? 0 : -1}
              onClick={() => onTab(name)}
              onKeyDown={(event) => onTabKey(event, index)}
              className={`rounded-t-md border border-b-0 px-3 py-1.5 text-sm font-semibold ${
                tab === name
                  ? "border-surface-border bg-surface text-ink"
                  : "text-ink-soft hover:text-ink border-transparent"
              }`}
            >
              {label}
            </button>
          ))}
        </div>
      </div>
      <div
        id={`${id}-panel-write`}
        role="tabpanel"
        aria-labelledby={`${id}-tab-write`}
        hidden={tab !== "write"}
      >
        <BodyEditor
          id={bodyId}
          value={value}
          onChange={onChange}
          error={error}
          describedBy={error ? `${hintId} ${errorId}` : hintId}
        />
      </div>
      <div
        id={`${id}-panel-preview`}
        role="tabpanel"
        aria-labelledby={`${id}-tab-preview`}
        hidden={tab !== "preview"}
      >
        <PreviewPane body={value} visible={tab === "preview"} onCounts={onCounts} />
      </div>
      <p id={hintId} className="text-muted mt-1 text-xs">
        {hint ?? (
          <>
            Markdown (GitHub flavour); {DRAFT_LIMITS.minWords}+ words to submit. Tab indents; press Esc, then
            Tab, to move on.
          </>
        )}
      </p>
      {error && (
        <p id={errorId} className="mt-1 text-sm font-medium text-red-700 dark:text-red-400">
          {error}
        </p>
      )}
    </div>
  );
}
