"use client";

import { useId } from "react";
import { TextField } from "@/components/auth/text-field";
import { formatLocalDateTime, fromLocalInput, toLocalInput } from "@/lib/curation/datetime";
import { entryState } from "@/lib/curation/entry-state";
import type { CurationEntry } from "@/lib/curation/types";

export type EntryField = "startsAt" | "endsAt" | "targetId";
export type EntryControl = "up" | "down" | "remove";

const smallButton =
  "border-surface-border text-ink hover:border-brand-500 hover:text-brand-600 rounded-md border px-2.5 py-1 text-xs font-semibold aria-disabled:cursor-not-allowed aria-disabled:opacity-50 aria-disabled:hover:border-surface-border aria-disabled:hover:text-ink";

const badgeClass = "rounded-full px-2 py-0.5 text-xs font-semibold";
const badges = {
  live: `${badgeClass} bg-green-100 text-green-900 dark:bg-green-950 dark:text-green-200`,
  scheduled: `${badgeClass} bg-amber-100 text-amber-900 dark:bg-amber-950 dark:text-amber-200`,
  ended: `${badgeClass} bg-surface-sunken text-ink-soft`,
  unpublished: `${badgeClass} bg-red-100 text-red-900 dark:bg-red-950 dark:text-red-200`,
};

interface EntryRowProps {
  entry: CurationEntry;
  index: number;
  count: number;
  /** Null until hydrated: the browser's clock decides the state. */
  now: Date | null;
  shown: boolean;
  /** The editor's time zone, named under each date; null until hydrated. */
  zone: string | null;
  errors: Partial<Record<EntryField, string>>;
  onMove: (delta: -1 | 1) => void;
  onRemove: () => void;
  onDate: (field: "startsAt" | "endsAt", iso: string | null) => void;
  registerControl: (control: EntryControl, element: HTMLButtonElement | null) => void;
}

/** One entry of the slot: what it is, when it shows, its dates and the buttons that move it. */
export function EntryRow({
  entry,
  index,
  count,
  now,
  shown,
  zone,
  errors,
  onMove,
  onRemove,
  onDate,
  registerControl,
}: EntryRowProps) {
  const id = useId();
  const first = index === 0;
  const last = index === count - 1;
  return (
    <li
      className="border-surface-border bg-surface rounded-lg border p-4"
      aria-labelledby={`${id}-title`}
      aria-describedby={errors.targetId ? `${id}-target-error` : undefined}
    >
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div className="min-w-0">
          <p className="text-muted text-xs font-semibold tracking-wide uppercase">
            {index + 1}. {entry.label}
          </p>
          <h4 id={`${id}-title`} className="text-ink font-semibold">
            <a
              href={entry.url}
              target="_blank"
              rel="noopener"
              className="hover:text-brand-600 hover:underline"
            >
              {entry.title}
            </a>
          </h4>
          <p className="text-muted text-sm">{entry.detail}</p>
          <p className="mt-1 flex flex-wrap items-center gap-2 text-sm">
            <StateBadge entry={entry} now={now} />
            <span className="text-ink-soft">{shown ? "Shown on the page" : "Not shown on the page now"}</span>
          </p>
          {errors.targetId && (
            <p id={`${id}-target-error`} className="mt-1 text-sm font-medium text-red-700 dark:text-red-400">
              {errors.targetId}
            </p>
          )}
        </div>
        <div className="flex flex-wrap gap-2">
          <RowButton
            words="Move up"
            title={entry.title}
            inert={first}
            onClick={() => onMove(-1)}
            buttonRef={(element) => registerControl("up", element)}
          />
          <RowButton
            words="Move down"
            title={entry.title}
            inert={last}
            onClick={() => onMove(1)}
            buttonRef={(element) => registerControl("down", element)}
          />
          <RowButton
            words="Remove"
            title={entry.title}
            inert={false}
            onClick={onRemove}
            buttonRef={(element) => registerControl("remove", element)}
          />
        </div>
      </div>
      <div className="mt-3 grid gap-3 sm:grid-cols-2">
        <DateField
          name="startsAt"
          label="Starts (optional)"
          value={entry.startsAt}
          error={errors.startsAt}
          zone={zone}
          onChange={(iso) => onDate("startsAt", iso)}
        />
        <DateField
          name="endsAt"
          label="Ends (optional)"
          value={entry.endsAt}
          error={errors.endsAt}
          zone={zone}
          onChange={(iso) => onDate("endsAt", iso)}
        />
      </div>
    </li>
  );
}

/**
 * A button of the row. Its name is the visible words followed by the entry's title, so speech
 * input users can say what they see (WCAG 2.5.3). An inert one stays focusable
 * (aria-disabled, not disabled), so focus is not lost when an entry reaches the top or bottom.
 */
function RowButton({
  words,
  title,
  inert,
  onClick,
  buttonRef,
}: {
  words: string;
  title: string;
  inert: boolean;
  onClick: () => void;
  buttonRef: (element: HTMLButtonElement | null) => void;
}) {
  return (
    <button
      ref={buttonRef}
      type="button"
      className={smallButton}
      aria-disabled={inert || undefined}
      onClick={() => !inert && onClick()}
    >
      {words}
      <span className="sr-only"> “{title}”</span>
    </button>
  );
}

function StateBadge({ entry, now }: { entry: CurationEntry; now: Date | null }) {
  if (!entry.published) return <span className={badges.unpublished}>Not published</span>;
  if (!now) return null;
  const startsAt = entry.startsAt ? new Date(entry.startsAt) : null;
  const endsAt = entry.endsAt ? new Date(entry.endsAt) : null;
  const state = entryState(startsAt, endsAt, now);
  if (state === "scheduled") {
    return <span className={badges.scheduled}>Scheduled: starts {formatLocalDateTime(entry.startsAt!)}</span>;
  }
  if (state === "ended")
    return <span className={badges.ended}>Ended {formatLocalDateTime(entry.endsAt!)}</span>;
  return (
    <span className={badges.live}>
      Live{entry.endsAt ? ` until ${formatLocalDateTime(entry.endsAt)}` : ""}
    </span>
  );
}

function DateField({
  name,
  label,
  value,
  error,
  zone,
  onChange,
}: {
  name: "startsAt" | "endsAt";
  label: string;
  value: string | null;
  error?: string;
  /** The editor's time zone; null until hydrated. */
  zone: string | null;
  onChange: (iso: string | null) => void;
}) {
  return (
    <TextField
      label={label}
      name={name}
      type="datetime-local"
      // Local wall-clock time needs the browser's zone: empty and inert until hydrated.
      value={zone ? toLocalInput(value) : ""}
      disabled={!zone}
      error={error}
      hint={zone ? `Your time zone: ${zone}` : undefined}
      onChange={(event) => onChange(fromLocalInput(event.target.value))}
    />
  );
}
