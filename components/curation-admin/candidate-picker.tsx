"use client";

import { useEffect, useId, useState } from "react";
import { CANDIDATE_QUERY_MAX, type CandidateQuery } from "@/lib/curation/schema";
import { entryKey } from "@/lib/curation/shown";
import type { SlotKey } from "@/lib/curation/slots";
import type { CurationItem } from "@/lib/curation/types";
import { searchCandidates } from "./curation-api";

const DEBOUNCE_MS = 250;

interface CandidatePickerProps {
  slotKey: SlotKey;
  acceptsResources: boolean;
  /** Target keys already in the slot: offered, but marked and not added twice. */
  taken: ReadonlySet<string>;
  full: boolean;
  onPick: (item: CurationItem) => void;
  inputRef: React.Ref<HTMLInputElement>;
}

/**
 * The searchable picker (WAI-ARIA combobox with a listbox): typing searches published titles
 * after a short pause; ↓/↑ move through the results, Enter adds the active one, Escape collapses
 * the list. Focus stays in the input, so several entries can be added in a row.
 */
export function CandidatePicker({
  slotKey,
  acceptsResources,
  taken,
  full,
  onPick,
  inputRef,
}: CandidatePickerProps) {
  const id = useId();
  const listId = `${id}-results`;
  const [query, setQuery] = useState<CandidateQuery>({ q: "", kind: "all" });
  const [items, setItems] = useState<CurationItem[]>([]);
  // The first focus starts searching (the newest items show before anything is typed);
  // Escape collapses the list until the next keystroke.
  const [activated, setActivated] = useState(false);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  // What the list shows: results of `for` (the query text), or why there are none.
  const [status, setStatus] = useState<{ loading: boolean; error: string | null; for: string | null }>({
    loading: false,
    error: null,
    for: null,
  });

  useEffect(() => {
    if (!activated) return;
    const controller = new AbortController();
    const timer = setTimeout(async () => {
      setStatus((s) => ({ ...s, loading: true, error: null }));
      try {
        const result = await searchCandidates(slotKey, query, controller.signal);
        if (result.ok) {
          setItems(result.items);
          setActive(-1);
        }
        setStatus({ loading: false, error: result.ok ? null : result.message, for: query.q });
      } catch {
        // Aborted by the next keystroke, or the network failed: only the latter is news.
        if (!controller.signal.aborted) {
          setStatus({
            loading: false,
            error: "Could not reach the server. Check your connection.",
            for: null,
          });
        }
      }
    }, DEBOUNCE_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [slotKey, query, activated]);

  const optionId = (index: number) => `${id}-option-${index}`;
  const pick = (item: CurationItem | undefined) => {
    if (item && !full && !taken.has(entryKey(item))) onPick(item);
  };

  function onKeyDown(event: React.KeyboardEvent<HTMLInputElement>) {
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      setOpen(true);
      if (items.length === 0) return;
      const step = event.key === "ArrowDown" ? 1 : -1;
      setActive((current) => (current + step + items.length) % items.length);
    } else if (event.key === "Enter" && open && active >= 0) {
      event.preventDefault();
      pick(items[active]);
    } else if (event.key === "Escape" && open) {
      event.preventDefault();
      setOpen(false);
      setActive(-1);
    }
  }

  const expanded = open && items.length > 0;
  const message = status.error ?? (status.loading ? "Searching…" : resultsText(items.length, status.for));

  return (
    <div className="border-surface-border bg-surface-sunken rounded-lg border p-4">
      <div className="flex flex-wrap items-end gap-3">
        <div className="min-w-64 flex-1">
          <label htmlFor={`${id}-input`} className="text-ink block text-sm font-semibold">
            {acceptsResources
              ? "Find a published article, Refcard or Trend Report"
              : "Find a published article"}
          </label>
          <input
            ref={inputRef}
            id={`${id}-input`}
            type="text"
            role="combobox"
            autoComplete="off"
            maxLength={CANDIDATE_QUERY_MAX}
            value={query.q}
            placeholder="Type part of a title"
            aria-autocomplete="list"
            aria-expanded={expanded}
            aria-controls={listId}
            aria-activedescendant={expanded && active >= 0 ? optionId(active) : undefined}
            aria-describedby={`${id}-status`}
            onChange={(event) => {
              setQuery((q) => ({ ...q, q: event.target.value }));
              setOpen(true);
            }}
            onFocus={() => {
              setActivated(true);
              setOpen(true);
            }}
            onKeyDown={onKeyDown}
            className="border-surface-border bg-surface text-ink focus:ring-brand-600 mt-1 block w-full rounded-md border px-3 py-2 text-sm focus:ring-2 focus:outline-none"
          />
        </div>
        {acceptsResources && (
          <div>
            <label htmlFor={`${id}-kind`} className="text-ink block text-sm font-semibold">
              Type
            </label>
            <select
              id={`${id}-kind`}
              value={query.kind}
              onChange={(event) => {
                setQuery((q) => ({ ...q, kind: event.target.value as CandidateQuery["kind"] }));
                setActivated(true);
                setOpen(true);
              }}
              className="border-surface-border bg-surface text-ink focus:ring-brand-600 mt-1 block rounded-md border px-3 py-2 text-sm focus:ring-2 focus:outline-none"
            >
              <option value="all">All</option>
              <option value="article">Articles</option>
              <option value="resource">Refcards and Trend Reports</option>
            </select>
          </div>
        )}
      </div>
      <p id={`${id}-status`} role="status" aria-live="polite" className="text-ink-soft mt-2 text-sm">
        {full ? "This slot is full: remove an entry to add another. " : ""}
        {message}
      </p>
      <ul
        id={listId}
        role="listbox"
        aria-label="Search results"
        hidden={!expanded}
        className="border-surface-border bg-surface mt-2 max-h-96 overflow-y-auto rounded-md border"
      >
        {items.map((item, index) => {
          const inSlot = taken.has(entryKey(item));
          return (
            <li
              key={entryKey(item)}
              id={optionId(index)}
              role="option"
              aria-selected={index === active}
              aria-disabled={inSlot || full || undefined}
              // Keeps focus in the input, so typing and the arrow keys go on from there.
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => pick(item)}
              className={`border-surface-border cursor-pointer border-b px-3 py-2 text-sm last:border-b-0 ${
                index === active ? "bg-brand-50" : "hover:bg-surface-sunken"
              } ${inSlot || full ? "cursor-not-allowed opacity-60" : ""}`}
            >
              <span className="text-ink block font-medium">{item.title}</span>
              <span className="text-muted block text-xs">
                {item.label} · {item.detail}
                {inSlot ? " · already in this slot" : ""}
              </span>
            </li>
          );
        })}
      </ul>
    </div>
  );
}

function resultsText(count: number, q: string | null): string {
  if (q === null) return "";
  if (count === 0) return q ? `Nothing published matches “${q}”.` : "Nothing is published yet.";
  const found = `${count} result${count === 1 ? "" : "s"}${q ? ` for “${q}”` : ", newest first"}`;
  return `${found}. Use the arrow keys and Enter to add one.`;
}
