"use client";

import { useEffect, useId, useState } from "react";
import { searchTags, type TagSuggestion } from "./draft-api";
import { DRAFT_LIMITS } from "./draft-types";
import { cleanTag, tagProblem } from "./tag-rules";

const { maxTags, tagMaxLength } = DRAFT_LIMITS;
const SEARCH_DELAY_MS = 200;

/**
 * Tags as removable chips plus a combobox that suggests existing tags (GET /api/tags, 200 ms
 * after typing stops). Enter or a comma adds what is typed or the highlighted suggestion;
 * arrows move through suggestions, Escape closes them, Backspace in the empty field removes the
 * last tag. ARIA 1.2 combobox with a listbox popup.
 */
export function TagInput({
  tags,
  onChange,
  error,
}: {
  tags: string[];
  onChange: (tags: string[]) => void;
  error?: string;
}) {
  const id = useId();
  const [query, setQuery] = useState("");
  const [suggestions, setSuggestions] = useState<TagSuggestion[]>([]);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [problem, setProblem] = useState<string | null>(null);

  const chosen = new Set(tags.map((tag) => tag.toLowerCase()));
  const options = suggestions.filter((tag) => !chosen.has(tag.name.toLowerCase()));
  const expanded = open && options.length > 0;

  useEffect(() => {
    const term = cleanTag(query);
    if (term === "") return;
    const controller = new AbortController();
    const timer = setTimeout(() => {
      searchTags(term, controller.signal)
        .then((found) => {
          setSuggestions(found);
          setActive(-1);
        })
        .catch(() => {}); // aborted or offline: no suggestions, typing still works
    }, SEARCH_DELAY_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [query]);

  function add(raw: string) {
    const tag = cleanTag(raw);
    if (tag === "") return;
    if (chosen.has(tag.toLowerCase())) {
      setQuery("");
      return;
    }
    const why = tagProblem(tag, tags);
    setProblem(why);
    if (why) return;
    onChange([...tags, tag]);
    setQuery("");
    setSuggestions([]);
    setOpen(false);
  }

  function onKeyDown(event: React.KeyboardEvent<HTMLInputElement>) {
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      if (options.length === 0) return;
      setOpen(true);
      const step = event.key === "ArrowDown" ? 1 : -1;
      setActive((current) => (current + step + options.length) % options.length);
    } else if (event.key === "Enter" || event.key === ",") {
      if (event.key === "Enter" && query === "") return; // nothing typed: Enter does nothing here
      event.preventDefault();
      add((expanded && active >= 0 ? options[active]?.name : undefined) ?? query);
    } else if (event.key === "Escape" && expanded) {
      event.preventDefault();
      setOpen(false);
    } else if (event.key === "Backspace" && query === "" && tags.length > 0) {
      onChange(tags.slice(0, -1));
    }
  }

  const listId = `${id}-list`;
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const message = problem ?? error;
  return (
    <div>
      <label htmlFor={id} className="text-ink block text-sm font-semibold">
        Tags
      </label>
      {tags.length > 0 && (
        <ul aria-label="Chosen tags" className="mt-1 flex flex-wrap gap-2">
          {tags.map((tag) => (
            <li
              key={tag}
              className="border-surface-border bg-surface-sunken text-ink flex items-center gap-1 rounded-full border py-0.5 pr-1 pl-3 text-sm"
            >
              {tag}
              <button
                type="button"
                aria-label={`Remove tag ${tag}`}
                onClick={() => onChange(tags.filter((other) => other !== tag))}
                className="text-ink-soft hover:bg-surface focus-visible:ring-brand-600 rounded-full px-1.5 leading-5 focus-visible:ring-2 focus-visible:outline-none"
              >
                <span aria-hidden="true">×</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="relative mt-1">
        <input
          id={id}
          name="tags"
          data-field="tags"
          type="text"
          role="combobox"
          autoComplete="off"
          value={query}
          maxLength={tagMaxLength + 10}
          aria-expanded={expanded}
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={expanded && active >= 0 ? `${listId}-${active}` : undefined}
          aria-invalid={message ? true : undefined}
          aria-describedby={message ? `${hintId} ${errorId}` : hintId}
          onChange={(event) => {
            const next = event.target.value;
            if (next.includes(",")) {
              add(next.split(",")[0] ?? "");
              return;
            }
            setQuery(next);
            setProblem(null);
            setOpen(true);
            if (cleanTag(next) === "") setSuggestions([]);
          }}
          onKeyDown={onKeyDown}
          onBlur={() => setOpen(false)}
          className={`bg-surface text-ink block w-full rounded-md border px-3 py-2 text-sm focus:ring-2 focus:outline-none ${
            message ? "border-red-600 focus:ring-red-600" : "border-surface-border focus:ring-brand-600"
          }`}
        />
        <ul
          id={listId}
          role="listbox"
          aria-label="Suggested tags"
          hidden={!expanded}
          className="border-surface-border bg-surface absolute z-10 mt-1 max-h-64 w-full overflow-auto rounded-md border py-1 shadow-lg"
        >
          {options.map((tag, index) => (
            <li
              key={tag.slug}
              id={`${listId}-${index}`}
              role="option"
              aria-selected={index === active}
              // mousedown, not click: the input keeps focus (blur would close the list first).
              onMouseDown={(event) => {
                event.preventDefault();
                add(tag.name);
              }}
              className={`cursor-pointer px-3 py-1.5 text-sm ${index === active ? "bg-brand-600 text-on-brand" : "text-ink hover:bg-surface-sunken"}`}
            >
              {tag.name}
            </li>
          ))}
        </ul>
      </div>
      <p id={hintId} className="text-muted mt-1 text-xs">
        Up to {maxTags} tags ({tags.length} chosen). Press Enter or a comma to add one.
      </p>
      {message && (
        <p id={errorId} className="mt-1 text-sm font-medium text-red-700 dark:text-red-400">
          {message}
        </p>
      )}
      <p className="sr-only" aria-live="polite">
        {expanded ? `${options.length} suggestion${options.length === 1 ? "" : "s"}` : ""}
      </p>
    </div>
  );
}
