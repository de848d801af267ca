import { visit } from "unist-util-visit";

/** @import { Element, Root } from "hast" */

/** rel for links that leave the site: no referrer, no window.opener, no SEO credit for UGC. */
export const EXTERNAL_REL = ["nofollow", "noopener", "noreferrer", "ugc"];

const ABSOLUTE = /^(?:[a-z][a-z\d+.-]*:)?\/\//i;
const CLOBBER_PREFIX = "user-content-";
/** `![alt](src "=640x360")` or `![alt](src "Caption =640x360")`: the size an author declares. */
const DIMENSIONS = /(?:^|\s)=(\d{1,4})x(\d{1,4})$/;

/**
 * Runs after sanitizing and only adds or adjusts attributes:
 * - absolute links are external user content (rel above);
 * - images load lazily and decode off the critical path so a long article does not fetch
 *   every image up front; a size given in the title becomes width/height, which reserves
 *   the space before the image arrives (no layout shift);
 * - in-page links follow the sanitizer's id prefix. The sanitizer renames user ids
 *   (footnotes) to "user-content-…" against DOM clobbering but leaves hrefs alone, which
 *   would break footnote links; GitHub patches this in client JS, we do it at save time.
 */
export default function rehypeLinkPolicy() {
  return (/** @type {Root} */ tree) => {
    /** @type {Set<string>} */
    const ids = new Set();
    visit(tree, "element", (/** @type {Element} */ node) => {
      if (typeof node.properties.id === "string") ids.add(node.properties.id);
    });
    visit(tree, "element", (/** @type {Element} */ node) => {
      if (node.tagName === "img") {
        imagePolicy(node);
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

/** @param {Element} node */
function imagePolicy(node) {
  node.properties.loading = "lazy";
  node.properties.decoding = "async";
  const title = node.properties.title;
  if (typeof title !== "string") return;
  const size = DIMENSIONS.exec(title.trim());
  if (!size) return;
  const width = Number(size[1]);
  const height = Number(size[2]);
  // 0×0 would hide the image; anything else up to 9999 px is the author's call.
  if (!width || !height) return;
  node.properties.width = width;
  node.properties.height = height;
  const rest = title.trim().slice(0, size.index).trim();
  if (rest) node.properties.title = rest;
  else delete node.properties.title;
}

/** @param {string} fragment */
function decodeFragment(fragment) {
  try {
    return decodeURIComponent(fragment);
  } catch {
    return fragment;
  }
}
