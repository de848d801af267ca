// The words of the save state ("Saved at 14:05", "Saving…", "Unsaved changes") and the counts
// ("412 words", "2 min read"), pure so they can be tested.

import type { SaveStatus } from "./use-autosave";

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const pad = (n: number) => String(n).padStart(2, "0");

/** "at 14:05" today, "on 3 Dec at 09:41" another day (the browser's time zone). */
export function formatSavedTime(at: Date, now: Date): string {
  const time = `${pad(at.getHours())}:${pad(at.getMinutes())}`;
  const sameDay =
    at.getFullYear() === now.getFullYear() &&
    at.getMonth() === now.getMonth() &&
    at.getDate() === now.getDate();
  return sameDay ? `at ${time}` : `on ${at.getDate()} ${MONTHS[at.getMonth()]} at ${time}`;
}

/**
 * What the status line says. `now` is null while hydrating: the server cannot know the reader's
 * time zone, so the time appears once the page runs in the browser.
 */
export function saveStateText(status: SaveStatus, now: Date | null): string {
  if (status.saving) return "Saving…";
  if (status.error) return status.error;
  if (status.dirty) return "Unsaved changes";
  if (!status.savedAt) return "";
  return now ? `Saved ${formatSavedTime(status.savedAt, now)}` : "Saved";
}

export function wordsText(count: number): string {
  return `${count.toLocaleString("en-US")} ${count === 1 ? "word" : "words"}`;
}

export function readingText(minutes: number): string {
  return `${minutes} min read`;
}

/**
 * A rough count while the server's is not known for the current text: markdown syntax (link
 * targets, fences, markers) left out, then the server's rule (a word has a letter or digit).
 */
export function estimateWords(markdown: string): number {
  const text = markdown
    .replace(/\]\([^)]*\)/g, "]")
    .replace(/^\s*(```|~~~).*$/gm, " ")
    .replace(/^\s*([-*+]|\d+\.)\s+/gm, " ")
    .replace(/[#>*_`~[\]|]+/g, " ");
  let count = 0;
  for (const token of text.split(/\s+/)) if (/[\p{L}\p{N}]/u.test(token)) count++;
  return count;
}

/** The server's reading time rule (lib/markdown/render.ts): 238 words a minute, at least 1. */
export function estimateMinutes(words: number): number {
  return Math.max(1, Math.round(words / 238));
}
