// Plain JavaScript (with JSDoc types) so the render worker can load it without a TypeScript
// loader; see ../pool.ts for why the pipeline lives in .mjs files.

/** @import { ElementContent, Root, RootContent } from "hast" */

// Elements that end a line of text; without this "a</p><p>b" would read as "ab" in search.
const BLOCK = new Set([
  "address",
  "article",
  "blockquote",
  "br",
  "dd",
  "div",
  "dl",
  "dt",
  "figcaption",
  "figure",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "hr",
  "li",
  "ol",
  "p",
  "pre",
  "section",
  "table",
  "tbody",
  "thead",
  "tr",
  "ul",
]);
const CELL = new Set(["td", "th"]);

/**
 * Readable plain text of a rendered body: one line per block, cells separated by spaces,
 * runs of whitespace collapsed. Code is kept (readers search for identifiers).
 * @param {Root} tree
 * @returns {string}
 */
export function toPlainText(tree) {
  /** @type {string[]} */
  const parts = [];
  // Outside <pre>, newlines in text nodes are source formatting, not line breaks.
  /** @param {(RootContent | ElementContent)[]} nodes @param {boolean} inPre */
  const walk = (nodes, inPre) => {
    for (const node of nodes) {
      if (node.type === "text") parts.push(inPre ? node.value : node.value.replace(/\s+/g, " "));
      else if (node.type === "element") {
        if (node.tagName === "img") {
          const alt = node.properties.alt;
          if (typeof alt === "string" && alt) parts.push(alt);
          continue;
        }
        if (node.properties.dataFootnoteBackref !== undefined) continue;
        const block = BLOCK.has(node.tagName);
        if (block) parts.push("\n");
        walk(node.children, inPre || node.tagName === "pre");
        if (block) parts.push("\n");
        else if (CELL.has(node.tagName)) parts.push(" ");
      }
    }
  };
  walk(tree.children, false);
  return parts
    .join("")
    .split("\n")
    .map((line) => line.replace(/[ \t\f\v\u00a0]+/g, " ").trim())
    .filter(Boolean)
    .join("\n");
}
