"use client";

import { useEffect, useId, useState } from "react";
import { RESOURCE_LIMITS } from "@/lib/resources/input";
import { searchAuthors } from "./resource-api";
import type { ResourceAuthorDto } from "./resource-dto";

const SEARCH_DELAY_MS = 250;

const smallButton =
  "border-surface-border text-ink hover:border-brand-500 hover:text-brand-600 focus-visible:ring-brand-600 rounded-md border px-2 py-0.5 text-xs font-semibold focus-visible:ring-2 focus-visible:outline-none disabled:opacity-50";

/**
 * The resource's authors, in byline order, and a search for members to add (by name or
 * username, 250 ms after typing stops). Every result and chosen author is a plain button, so
 * the picker works with a keyboard and a screen reader without any special key handling.
 */
export function AuthorPicker({
  authors,
  onChange,
  error,
}: {
  authors: ResourceAuthorDto[];
  onChange: (authors: ResourceAuthorDto[]) => void;
  error?: string;
}) {
  const id = useId();
  const [query, setQuery] = useState("");
  const [results, setResults] = useState<ResourceAuthorDto[] | null>(null);
  const full = authors.length >= RESOURCE_LIMITS.authorsMax;

  useEffect(() => {
    const term = query.trim();
    if (term === "") return;
    const controller = new AbortController();
    const timer = setTimeout(() => {
      searchAuthors(term, controller.signal)
        .then(setResults)
        .catch(() => {}); // aborted or offline: the chosen authors stay as they are
    }, SEARCH_DELAY_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [query]);

  const chosen = new Set(authors.map((author) => author.id));
  const options = (query.trim() === "" ? [] : (results ?? [])).filter((member) => !chosen.has(member.id));
  const move = (index: number, step: -1 | 1) => {
    const next = [...authors];
    const [author] = next.splice(index, 1);
    if (author) next.splice(index + step, 0, author);
    onChange(next);
  };
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;

  return (
    <fieldset data-field="authorIds" tabIndex={-1} aria-describedby={error ? `${hintId} ${errorId}` : hintId}>
      <legend className="text-ink text-sm font-semibold">Authors</legend>
      {authors.length === 0 ? (
        <p className="text-muted mt-1 text-sm">No authors yet.</p>
      ) : (
        <ol aria-label="Chosen authors" className="mt-1 space-y-1">
          {authors.map((author, index) => (
            <li key={author.id} className="text-ink flex flex-wrap items-center gap-2 text-sm">
              <span className="font-medium">{author.name}</span>
              <span className="text-muted">@{author.username}</span>
              <span className="ml-auto flex gap-1">
                <button
                  type="button"
                  className={smallButton}
                  disabled={index === 0}
                  aria-label={`Move ${author.name} up`}
                  onClick={() => move(index, -1)}
                >
                  Up
                </button>
                <button
                  type="button"
                  className={smallButton}
                  disabled={index === authors.length - 1}
                  aria-label={`Move ${author.name} down`}
                  onClick={() => move(index, 1)}
                >
                  Down
                </button>
                <button
                  type="button"
                  className={smallButton}
                  aria-label={`Remove ${author.name}`}
                  onClick={() => onChange(authors.filter((other) => other.id !== author.id))}
                >
                  Remove
                </button>
              </span>
            </li>
          ))}
        </ol>
      )}
      <label htmlFor={id} className="text-ink-soft mt-3 block text-sm">
        Find a member to add
      </label>
      <input
        id={id}
        type="search"
        autoComplete="off"
        value={query}
        maxLength={100}
        disabled={full}
        placeholder={full ? `At most ${RESOURCE_LIMITS.authorsMax} authors` : "Name or username"}
        onChange={(event) => {
          setQuery(event.target.value);
          if (event.target.value.trim() === "") setResults(null);
        }}
        aria-invalid={error ? true : undefined}
        className={`bg-surface text-ink mt-1 block w-full max-w-md rounded-md border px-3 py-2 text-sm focus:ring-2 focus:outline-none ${
          error ? "border-red-600 focus:ring-red-600" : "border-surface-border focus:ring-brand-600"
        }`}
      />
      {options.length > 0 && (
        <ul aria-label="Matching members" className="mt-2 flex max-w-md flex-col gap-1">
          {options.map((member) => (
            <li key={member.id}>
              <button
                type="button"
                onClick={() => {
                  onChange([...authors, member]);
                  setQuery("");
                  setResults(null);
                }}
                className="border-surface-border hover:border-brand-500 hover:bg-brand-50 focus-visible:ring-brand-600 text-ink w-full rounded-md border px-3 py-1.5 text-left text-sm focus-visible:ring-2 focus-visible:outline-none"
              >
                Add {member.name} <span className="text-muted">@{member.username}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <p className="sr-only" aria-live="polite">
        {query.trim() && results ? `${options.length} matching member${options.length === 1 ? "" : "s"}` : ""}
      </p>
      <p id={hintId} className="text-muted mt-1 text-xs">
        In byline order; at least one, at most {RESOURCE_LIMITS.authorsMax}.
      </p>
      {error && (
        <p id={errorId} className="mt-1 text-sm font-medium text-red-700 dark:text-red-400">
          {error}
        </p>
      )}
    </fieldset>
  );
}
