import "server-only";

// Cheap checks run before a document reaches the parser. The parser is superlinear on a few
// shapes (ENVIRONMENT.md "Markdown"): nested containers ("* * * … a" overflows the stack
// after ~10 s), long runs of "[" (link openers), and tables, whose every row is padded to
// the header's width. One linear pass over the lines measures each; the worker's timeout
// catches whatever gets past them.

/** Largest markdown body accepted, in bytes of UTF-8 (DESIGN.md §7 allows 200 KB overall). */
export const MAX_BODY_BYTES = 100 * 1024;
/** Quotes and lists nested on one line; real articles stay under 6. */
export const MAX_NESTING_DEPTH = 32;
/** "[" outside fenced code: each can open a link or image, and unclosed ones cost quadratically. */
export const MAX_BRACKETS = 5_000;
/** Cells of all tables together (header width × rows, as the parser pads them). */
export const MAX_TABLE_CELLS = 10_000;
/** Columns of one table; a very wide header row alone costs seconds. */
export const MAX_TABLE_COLUMNS = 200;

export interface LimitRefusal {
  reason: "too-large" | "too-deep";
  /** For the body field, in the user's words. */
  message: string;
}

const FENCE_OPEN = /^(`{3,}|~{3,})/;
const THEMATIC_BREAK = /^ {0,3}(?:(?:\*[ \t]*){3,}|(?:-[ \t]*){3,}|(?:_[ \t]*){3,})$/;
const DELIMITER_CELL = /^:?-+:?$/;

const count = (n: number) => n.toLocaleString("en-US");

/** The first limit the document breaks, or null when it may be parsed. */
export function checkLimits(markdown: string): LimitRefusal | null {
  const bytes = Buffer.byteLength(markdown, "utf8");
  if (bytes > MAX_BODY_BYTES) {
    return {
      reason: "too-large",
      message: `The text is ${Math.ceil(bytes / 1024)} KB; the limit is 100 KB. Shorten it or split it into parts.`,
    };
  }
  const lines = markdown.split(/\r\n?|\n/);
  let fence: string | null = null;
  let brackets = 0;
  let cells = 0;
  let tableColumns = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? "";
    const { depth, rest } = containers(line);
    if (fence !== null) {
      // Inside fenced code nothing is parsed as markdown, so nothing here costs anything.
      if (rest.trimEnd().startsWith(fence) && rest.trim().replace(/[`~]/g, "") === "") fence = null;
      continue;
    }
    if (depth > MAX_NESTING_DEPTH) {
      return {
        reason: "too-deep",
        message: `Line ${count(i + 1)} nests quotes or lists ${count(depth)} levels deep; at most ${MAX_NESTING_DEPTH} are allowed.`,
      };
    }
    const open = FENCE_OPEN.exec(rest);
    if (open?.[1]) {
      fence = open[1];
      tableColumns = 0;
      continue;
    }
    brackets += occurrences(rest, "[");
    if (brackets > MAX_BRACKETS) {
      return {
        reason: "too-deep",
        message: `The text has more than ${count(MAX_BRACKETS)} “[” outside code blocks (links and images start with one); put bracket-heavy text in a code block.`,
      };
    }
    if (tableColumns > 0) {
      if (rest.trim() === "") tableColumns = 0;
      else cells += tableColumns;
    } else if (rest.includes("|")) {
      const columns = delimiterColumns(containers(lines[i + 1] ?? "").rest);
      if (columns > MAX_TABLE_COLUMNS) {
        return {
          reason: "too-large",
          message: `The table at line ${count(i + 1)} has ${count(columns)} columns; at most ${MAX_TABLE_COLUMNS} are allowed.`,
        };
      }
      if (columns > 0) {
        tableColumns = columns;
        cells += columns;
        i++; // The delimiter row is part of the table, not a row of cells.
      }
    }
    if (cells > MAX_TABLE_CELLS) {
      return {
        reason: "too-large",
        message: `The tables have more than ${count(MAX_TABLE_CELLS)} cells in all; split or shorten them.`,
      };
    }
  }
  return null;
}

/**
 * How deeply a line's start nests containers ("> ", list markers, indentation before a
 * marker: two columns per level), and the line without them. A thematic break ("* * *")
 * looks like markers but nests nothing.
 */
function containers(line: string): { depth: number; rest: string } {
  if (THEMATIC_BREAK.test(line)) return { depth: 0, rest: line };
  let depth = 0;
  let pos = 0;
  let markers = 0;
  for (;;) {
    let columns = 0;
    const start = pos;
    while (line[pos] === " " || line[pos] === "\t") {
      columns += line[pos] === "\t" ? 4 : 1;
      pos++;
    }
    const marker = markerLength(line, pos);
    if (marker === 0) {
      pos = start; // Indentation without a marker is content (code, a continuation line).
      break;
    }
    // Before the first marker every two columns are a level; after one, one space belongs to it.
    depth += 1 + Math.floor((markers === 0 ? columns : Math.max(0, columns - 1)) / 2);
    markers++;
    pos += marker;
  }
  return { depth, rest: line.slice(pos).trimStart() };
}

/** Length of a block-quote or list marker at pos ("> ", "- ", "12. "), or 0. */
function markerLength(line: string, pos: number): number {
  const char = line[pos];
  if (char === ">") return 1;
  const spaced = (end: number) => end === line.length || line[end] === " " || line[end] === "\t";
  if ((char === "-" || char === "*" || char === "+") && spaced(pos + 1)) return 1;
  let end = pos;
  while (end - pos < 9 && line[end] !== undefined && line[end]! >= "0" && line[end]! <= "9") end++;
  if (end > pos && (line[end] === "." || line[end] === ")") && spaced(end + 1)) return end + 1 - pos;
  return 0;
}

/** Columns of a GFM table delimiter row ("| --- | :-: |"), or 0 when the line is not one. */
function delimiterColumns(line: string): number {
  if (!line.includes("-")) return 0;
  const cells = line.trim().split("|");
  if (cells[0]?.trim() === "") cells.shift();
  if (cells.length > 0 && cells[cells.length - 1]?.trim() === "") cells.pop();
  if (cells.length === 0 || !cells.every((cell) => DELIMITER_CELL.test(cell.trim()))) return 0;
  // A lone "---" under text is a setext heading, not a table.
  return cells.length === 1 && !line.includes("|") ? 0 : cells.length;
}

function occurrences(text: string, char: string): number {
  let n = 0;
  for (let at = text.indexOf(char); at !== -1; at = text.indexOf(char, at + 1)) n++;
  return n;
}
