// The body editor's formatting commands as pure functions of (text, selection): each returns
// the replacement for a range and the selection to leave afterwards, so the editor can apply it
// as one undoable insertion and tests can check it without a browser.

export interface Selection {
  start: number;
  end: number;
}

export interface TextEdit {
  /** Replace text[start, end) with `text`… */
  start: number;
  end: number;
  text: string;
  /** …then select this range (positions in the new text). */
  select: Selection;
}

export const INDENT = "  ";

/** Surrounds the selection with `marker` (or inserts a placeholder inside markers when empty). */
export function wrap(
  value: string,
  { start, end }: Selection,
  marker: string,
  placeholder: string,
): TextEdit {
  const selected = value.slice(start, end);
  const inner = selected || placeholder;
  return {
    start,
    end,
    text: `${marker}${inner}${marker}`,
    select: { start: start + marker.length, end: start + marker.length + inner.length },
  };
}

export const bold = (value: string, selection: Selection) => wrap(value, selection, "**", "bold text");
export const italic = (value: string, selection: Selection) => wrap(value, selection, "_", "italic text");

/** Inline code for a selection on one line, a fenced block for several lines. */
export function code(value: string, selection: Selection): TextEdit {
  const selected = value.slice(selection.start, selection.end);
  if (!selected.includes("\n")) return wrap(value, selection, "`", "code");
  const before = selection.start === 0 || value[selection.start - 1] === "\n" ? "" : "\n";
  const open = `${before}\`\`\`\n`;
  const body = selected.endsWith("\n") ? selected : `${selected}\n`;
  return {
    start: selection.start,
    end: selection.end,
    text: `${open}${body}\`\`\`\n`,
    select: { start: selection.start + open.length, end: selection.start + open.length + body.length - 1 },
  };
}

/** `[text](https://)` with the address selected, ready to be typed over. */
export function link(value: string, { start, end }: Selection): TextEdit {
  const label = value.slice(start, end) || "link text";
  const url = "https://";
  const text = `[${label}](${url})`;
  const urlStart = start + label.length + 3;
  return { start, end, text, select: { start: urlStart, end: urlStart + url.length } };
}

function lineStart(value: string, position: number): number {
  return value.lastIndexOf("\n", position - 1) + 1;
}

/** Makes the current line a level-2 heading, or plain text again if it already is a heading. */
export function heading(value: string, { start, end }: Selection): TextEdit {
  const from = lineStart(value, start);
  const lineEnd = value.indexOf("\n", from);
  const to = lineEnd === -1 ? value.length : lineEnd;
  const line = value.slice(from, to);
  const existing = /^#{1,6} /.exec(line);
  const text = existing ? line.slice(existing[0].length) : `## ${line}`;
  const shift = text.length - line.length;
  return {
    start: from,
    end: to,
    text,
    select: { start: Math.max(from, start + shift), end: Math.max(from, end + shift) },
  };
}

/**
 * Tab: two spaces at the caret (replacing a selection within one line), or every selected
 * line indented when the selection spans lines.
 */
export function indent(value: string, { start, end }: Selection): TextEdit {
  const selected = value.slice(start, end);
  if (!selected.includes("\n")) {
    const at = start + INDENT.length;
    return { start, end, text: INDENT, select: { start: at, end: at } };
  }
  const from = lineStart(value, start);
  const lines = value.slice(from, end).split("\n");
  const text = lines.map((line) => INDENT + line).join("\n");
  return { start: from, end, text, select: { start: start + INDENT.length, end: from + text.length } };
}

/** Shift+Tab: up to two leading spaces removed from every line the selection touches. */
export function outdent(value: string, { start, end }: Selection): TextEdit {
  const from = lineStart(value, start);
  const lines = value.slice(from, end).split("\n");
  let removedFirst = 0;
  const text = lines
    .map((line, index) => {
      const removed = /^ {0,2}/.exec(line)![0].length;
      if (index === 0) removedFirst = removed;
      return line.slice(removed);
    })
    .join("\n");
  const caret = Math.max(from, start - removedFirst);
  const selectEnd = start === end ? caret : from + text.length;
  return { start: from, end, text, select: { start: caret, end: selectEnd } };
}
