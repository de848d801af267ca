import { toString } from "hast-util-to-string";
import { visit } from "unist-util-visit";

/** @import { Element, Root } from "hast" */
/** @typedef {{ depth: number; id: string; text: string }} TocEntry */

const HEADING = /^h([1-6])$/;

/**
 * Headings that rehype-slug gave an id, in document order: the article's table of contents.
 * @param {Root} tree
 * @returns {TocEntry[]}
 */
export function collectToc(tree) {
  /** @type {TocEntry[]} */
  const toc = [];
  visit(tree, "element", (/** @type {Element} */ node) => {
    const match = HEADING.exec(node.tagName);
    const id = node.properties.id;
    // The visually hidden "Footnotes" heading GFM adds is not part of the outline.
    if (!match || typeof id !== "string" || hasClass(node, "sr-only")) return;
    const text = toString(node).replace(/\s+/g, " ").trim();
    if (text) toc.push({ depth: Number(match[1]), id, text });
  });
  return toc;
}

/** @param {Element} node @param {string} name */
function hasClass(node, name) {
  const classes = node.properties.className;
  return Array.isArray(classes) && classes.includes(name);
}
