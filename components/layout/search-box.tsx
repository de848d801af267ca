"use client";

import { useRouter } from "next/navigation";
import { useEffect, useId, useRef, useState } from "react";
import { MAX_QUERY_LENGTH, SEARCH_TYPE_SINGULAR, searchHref, suggestionWords } from "@/lib/search/query";
import type { Suggestion, SuggestResponse } from "@/lib/search/suggestions";

const SUGGEST_DELAY_MS = 200;

async function fetchSuggestions(q: string, signal: AbortSignal): Promise<Suggestion[]> {
  const response = await fetch(`/api/search/suggest?q=${encodeURIComponent(q)}`, { signal });
  if (!response.ok) return [];
  // Our own route's answer (its zod schema is checked in tests); no schema library in the header.
  const body = (await response.json()) as Partial<SuggestResponse>;
  return Array.isArray(body.suggestions) ? body.suggestions : [];
}

interface Option {
  key: string;
  href: string;
  label: string;
  /** What the option is ("Article", "Refcard"…), or null for "Search for …". */
  kind: string | null;
}

/**
 * Site search in the header. Without JavaScript it is a plain GET form to /search. With it, the
 * field is an ARIA 1.2 combobox: 200 ms after typing stops it suggests up to 8 titles (GET
 * /api/search/suggest), followed by "Search for …". Arrow keys move through the options, Enter
 * opens the highlighted one (or searches when none is), Escape closes the list.
 */
export function SearchBox() {
  const id = useId();
  const listId = `${id}-list`;
  const router = useRouter();
  const [query, setQuery] = useState("");
  const [suggestions, setSuggestions] = useState<{ for: string; items: Suggestion[] }>({
    for: "",
    items: [],
  });
  const [open, setOpen] = useState(false);
  // The highlighted option by key, not by position: when fresh suggestions arrive while the reader
  // has moved to "Search for …" (or to a title still offered), the highlight stays on it.
  const [activeKey, setActiveKey] = useState<string | null>(null);
  const inputRef = useRef<HTMLInputElement>(null);

  const trimmed = query.trim();
  const wanted = suggestionWords(trimmed).length > 0;
  const options: Option[] = [
    // While the next answer is on its way, the last one stays if the text only grew since.
    ...(wanted && trimmed.toLowerCase().startsWith(suggestions.for.toLowerCase())
      ? suggestions.items
      : []
    ).map((item) => ({
      key: item.href,
      href: item.href,
      label: item.title,
      kind: SEARCH_TYPE_SINGULAR[item.type],
    })),
    ...(trimmed
      ? [
          {
            key: "search",
            href: searchHref({ q: trimmed, type: null, zone: null, page: 1 }),
            label: `Search for “${trimmed}”`,
            kind: null,
          },
        ]
      : []),
  ];
  const expanded = open && options.length > 0;
  const active = activeKey === null ? -1 : options.findIndex((option) => option.key === activeKey);

  useEffect(() => {
    if (!wanted) return;
    const controller = new AbortController();
    const timer = setTimeout(() => {
      fetchSuggestions(trimmed, controller.signal)
        .then((items) => {
          setSuggestions({ for: trimmed, items });
        })
        .catch(() => {}); // aborted or offline: no suggestions, the form still searches
    }, SUGGEST_DELAY_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [trimmed, wanted]);

  function go(option: Option) {
    setOpen(false);
    setActiveKey(null);
    inputRef.current?.blur();
    router.push(option.href);
  }

  function onKeyDown(event: React.KeyboardEvent<HTMLInputElement>) {
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      if (options.length === 0) return;
      event.preventDefault();
      setOpen(true);
      const step = event.key === "ArrowDown" ? 1 : -1;
      const next =
        active < 0
          ? step === 1
            ? 0
            : options.length - 1
          : (active + step + options.length) % options.length;
      setActiveKey(options[next]?.key ?? null);
    } else if (event.key === "Enter" && expanded && active >= 0) {
      const option = options[active];
      if (!option) return;
      event.preventDefault();
      go(option);
    } else if (event.key === "Escape") {
      if (expanded) {
        event.preventDefault();
        setOpen(false);
        setActiveKey(null);
      } else if (query) {
        setQuery("");
      }
    }
  }

  return (
    <form action="/search" method="get" role="search" className="relative w-full max-w-xs">
      <label htmlFor={id} className="sr-only">
        Search Zonepress
      </label>
      <input
        ref={inputRef}
        id={id}
        name="q"
        type="search"
        role="combobox"
        autoComplete="off"
        placeholder="Search articles, Refcards, events…"
        maxLength={MAX_QUERY_LENGTH}
        value={query}
        aria-expanded={expanded}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={expanded && active >= 0 ? `${listId}-${active}` : undefined}
        onChange={(event) => {
          setQuery(event.target.value);
          setOpen(true);
          setActiveKey(null);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        onKeyDown={onKeyDown}
        className="border-surface-border bg-surface-sunken text-ink placeholder:text-muted focus:border-brand-500 focus:bg-surface w-full rounded-md border px-3 py-1.5 text-sm focus:outline-none"
      />
      <ul
        id={listId}
        role="listbox"
        aria-label="Suggestions"
        hidden={!expanded}
        className="border-surface-border bg-surface absolute right-0 z-20 mt-1 max-h-96 w-[min(28rem,calc(100vw-2rem))] overflow-auto rounded-md border py-1 shadow-lg"
      >
        {options.map((option, index) => (
          <li
            key={option.key}
            id={`${listId}-${index}`}
            role="option"
            aria-selected={index === active}
            // mousedown, not click: the input keeps focus (blur would close the list first).
            onMouseDown={(event) => {
              event.preventDefault();
              go(option);
            }}
            className={`flex cursor-pointer items-baseline gap-2 px-3 py-1.5 text-sm ${
              index === active ? "bg-brand-600 text-on-brand" : "text-ink hover:bg-surface-sunken"
            } ${option.kind === null ? "border-surface-border border-t font-semibold" : ""}`}
          >
            <span className="min-w-0 flex-1 truncate">{option.label}</span>
            {option.kind && (
              <span className={`shrink-0 text-xs ${index === active ? "" : "text-muted"}`}>
                {option.kind}
              </span>
            )}
          </li>
        ))}
      </ul>
      <p className="sr-only" aria-live="polite">
        {expanded && options.length > 1
          ? `${options.length - 1} suggestion${options.length === 2 ? "" : "s"}`
          : ""}
      </p>
    </form>
  );
}
