import "server-only";
import type { ElementContent, Root, RootContent } from "hast";

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
 */
export function toPlainText(tree: Root): string {
  const parts: string[] = [];
  // Outside <pre>, newlines in text nodes are source formatting, not line breaks.
  const walk = (nodes: (RootContent | ElementContent)[], inPre: boolean): void => {
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
