// Highlighted snippets without trusting HTML. PostgreSQL's ts_headline is asked to wrap matches
// in two private-use characters instead of tags, on plain text from which those characters were
// removed first (lib/db/search.ts), so every marker in its output is one it wrote. The text
// between markers is rendered as React text (escaped), never parsed as HTML.

/** U+E000 / U+E001: never in a search query (normalizeQuery drops them) or in stored text we pass. */
export const MARK_START = "\uE000";
export const MARK_STOP = "\uE001";

export interface Segment {
  text: string;
  /** A matched word (or phrase) of the query. */
  mark: boolean;
}

/** The headline split into plain and matched runs, in order; empty runs are dropped. */
export function highlightSegments(headline: string): Segment[] {
  const segments: Segment[] = [];
  let mark = false;
  let rest = headline;
  while (rest.length > 0) {
    const next = rest.indexOf(mark ? MARK_STOP : MARK_START);
    const text = next === -1 ? rest : rest.slice(0, next);
    // Markers are written in pairs, but a stray one must not swallow or leak anything either.
    const clean = text.replaceAll(MARK_START, "").replaceAll(MARK_STOP, "");
    if (clean) segments.push({ text: clean, mark });
    if (next === -1) break;
    rest = rest.slice(next + 1);
    mark = !mark;
  }
  return mergeAdjacent(segments);
}

function mergeAdjacent(segments: Segment[]): Segment[] {
  const merged: Segment[] = [];
  for (const segment of segments) {
    const last = merged.at(-1);
    if (last && last.mark === segment.mark) last.text += segment.text;
    else merged.push({ ...segment });
  }
  return merged;
}
