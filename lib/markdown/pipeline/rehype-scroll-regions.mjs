import { visit } from "unist-util-visit";

/** @import { Element, Root } from "hast" */

/**
 * Code blocks and tables scroll sideways on narrow screens. A scroll container must be
 * reachable from the keyboard (WCAG 2.1.1; axe "scrollable-region-focusable"), so each gets
 * tabindex="0". Runs after sanitizing: it only adds that one attribute to our own elements.
 */
export default function rehypeScrollRegions() {
  return (/** @type {Root} */ tree) => {
    visit(tree, "element", (/** @type {Element} */ node) => {
      if (node.tagName === "pre" || node.tagName === "table") node.properties.tabIndex = 0;
    });
  };
}
