import { diffLines, diffWords, type Change } from "diff";

// The review page's diff of two versions of a text (title, summary, markdown body), word by
// word, as plain parts a component can mark up. Long unchanged stretches are folded down to a
// little context on each side, so a three-word fix in a 3,000-word article reads in a glance.

export type DiffPart =
  | { kind: "same" | "added" | "removed"; text: string }
  /** Unchanged text left out of the display: how many words. */
  | { kind: "skipped"; words: number };

export type TextDiff =
  | { kind: "unchanged" }
  | { kind: "changed"; parts: DiffPart[]; addedWords: number; removedWords: number; byLine: boolean }
  /** Too different to compare within the time limit (a rewrite); the preview shows the new text. */
  | { kind: "too-different" };

/** Unchanged words shown on each side of a change. */
export const CONTEXT_WORDS = 20;
/** A word diff of two 100 KB bodies that are nothing alike must not hold the server up. */
const DIFF_TIMEOUT_MS = 400;

function countWords(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

/**
 * The word-level changes from `before` to `after`. When the word diff takes too long (texts
 * that share little), a line diff is tried, then the texts are declared too different.
 */
export function diffText(before: string, after: string): TextDiff {
  if (before === after) return { kind: "unchanged" };
  let byLine = false;
  let changes: Change[] | undefined = diffWords(before, after, { timeout: DIFF_TIMEOUT_MS });
  if (!changes) {
    byLine = true;
    changes = diffLines(before, after, { timeout: DIFF_TIMEOUT_MS });
  }
  if (!changes) return { kind: "too-different" };

  let addedWords = 0;
  let removedWords = 0;
  const parts: DiffPart[] = [];
  changes.forEach((change, index) => {
    if (change.added) {
      addedWords += countWords(change.value);
      parts.push({ kind: "added", text: change.value });
    } else if (change.removed) {
      removedWords += countWords(change.value);
      parts.push({ kind: "removed", text: change.value });
    } else {
      parts.push(...foldUnchanged(change.value, index === 0, index === changes.length - 1));
    }
  });
  return { kind: "changed", parts, addedWords, removedWords, byLine };
}

/**
 * An unchanged stretch with only CONTEXT_WORDS kept next to each neighbouring change: the first
 * stretch keeps its end, the last its start, one in the middle both.
 */
function foldUnchanged(text: string, isFirst: boolean, isLast: boolean): DiffPart[] {
  // Words and the whitespace after each, so what is kept is the text exactly as written.
  const tokens = text.match(/\s*\S+\s*|\s+/g) ?? [];
  const keepStart = isFirst ? 0 : CONTEXT_WORDS;
  const keepEnd = isLast ? 0 : CONTEXT_WORDS;
  if (tokens.length <= keepStart + keepEnd + CONTEXT_WORDS) return [{ kind: "same", text }];
  const start = tokens.slice(0, keepStart).join("");
  const end = tokens.slice(tokens.length - keepEnd).join("");
  const skipped = countWords(tokens.slice(keepStart, tokens.length - keepEnd).join(""));
  return [
    ...(start ? [{ kind: "same" as const, text: start }] : []),
    { kind: "skipped" as const, words: skipped },
    ...(end ? [{ kind: "same" as const, text: end }] : []),
  ];
}

export interface RevisionText {
  title: string;
  summary: string;
  bodyMarkdown: string;
}

export interface RevisionDiff {
  title: TextDiff;
  summary: TextDiff;
  body: TextDiff;
}

/** Title, summary and body compared field by field. */
export function diffRevisions(before: RevisionText, after: RevisionText): RevisionDiff {
  return {
    title: diffText(before.title, after.title),
    summary: diffText(before.summary, after.summary),
    body: diffText(before.bodyMarkdown, after.bodyMarkdown),
  };
}
