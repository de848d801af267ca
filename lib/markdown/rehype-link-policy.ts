import "server-only";
import type { Element, Root } from "hast";
import { visit } from "unist-util-visit";

/** rel for links that leave the site: no referrer, no window.opener, no SEO credit for UGC. */
export const EXTERNAL_REL = ["nofollow", "noopener", "noreferrer", "ugc"];

const ABSOLUTE = /^(?:[a-z][a-z\d+.-]*:)?\/\//i;
const CLOBBER_PREFIX = "user-content-";

/**
 * Runs after sanitizing and only adds or adjusts attributes:
 * - absolute links are external user content (rel above);
 * - images load lazily so a long article does not fetch every image up front;
 * - in-page links follow the sanitizer's id prefix. The sanitizer renames user ids
 *   (footnotes) to "user-content-…" against DOM clobbering but leaves hrefs alone, which
 *   would break footnote links; GitHub patches this in client JS, we do it at save time.
 */
export default function rehypeLinkPolicy() {
  return (tree: Root): undefined => {
    const ids = new Set<string>();
    visit(tree, "element", (node: Element) => {
      if (typeof node.properties.id === "string") ids.add(node.properties.id);
    });
    visit(tree, "element", (node: Element) => {
      if (node.tagName === "img") {
        node.properties.loading = "lazy";
        node.properties.decoding = "async";
        return;
      }
      if (node.tagName !== "a") return;
      const href = node.properties.href;
      if (typeof href !== "string") return;
      if (ABSOLUTE.test(href.trim())) {
        node.properties.rel = [...EXTERNAL_REL];
      } else if (href.startsWith("#")) {
        const target = decodeFragment(href.slice(1));
        if (!ids.has(target) && ids.has(CLOBBER_PREFIX + target))
          node.properties.href = `#${CLOBBER_PREFIX}${target}`;
      }
    });
  };
}

function decodeFragment(fragment: string): string {
  try {
    return decodeURIComponent(fragment);
  } catch {
    return fragment;
  }
}
