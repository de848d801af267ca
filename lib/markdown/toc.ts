import "server-only";
import type { Element, Root } from "hast";
import { toString } from "hast-util-to-string";
import { visit } from "unist-util-visit";

export interface TocEntry {
  depth: number;
  id: string;
  text: string;
}

const HEADING = /^h([1-6])$/;

/** Headings that rehype-slug gave an id, in document order: the article's table of contents. */
export function collectToc(tree: Root): TocEntry[] {
  const toc: TocEntry[] = [];
  visit(tree, "element", (node: Element) => {
    const match = HEADING.exec(node.tagName);
    const id = node.properties.id;
    // The visually hidden "Footnotes" heading GFM adds is not part of the outline.
    if (!match || typeof id !== "string" || hasClass(node, "sr-only")) return;
    const text = toString(node).replace(/\s+/g, " ").trim();
    if (text) toc.push({ depth: Number(match[1]), id, text });
  });
  return toc;
}

function hasClass(node: Element, name: string): boolean {
  const classes = node.properties.className;
  return Array.isArray(classes) && classes.includes(name);
}
