import rehypeAutolinkHeadings from "rehype-autolink-headings";
import rehypeHighlight from "rehype-highlight";
import rehypeSanitize from "rehype-sanitize";
import rehypeSlug from "rehype-slug";
import rehypeStringify from "rehype-stringify";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import remarkRehype from "remark-rehype";
import { unified } from "unified";
import { toPlainText } from "./plain-text.mjs";
import rehypeLinkPolicy from "./rehype-link-policy.mjs";
import rehypeScrollRegions from "./rehype-scroll-regions.mjs";
import { sanitizeSchema } from "./sanitize-schema.mjs";
import { collectToc } from "./toc.mjs";

// The pure pipeline, shared by the render worker (../render-worker.mjs) and in-process
// callers (../render.ts: seeds, tests). Plain JavaScript so a worker thread can load it with
// no TypeScript loader and no bundler, in tests, tsx scripts and the Next production server
// alike; the types are in render.d.mts. Nothing here does I/O or keeps state between calls.

/** Average adult silent-reading speed for non-fiction, words per minute. */
export const WORDS_PER_MINUTE = 238;

// Order matters: sanitize before slug (the schema would prefix or drop the ids) and before
// highlight (it would strip the hljs classes). remark-rehype's clobberPrefix is emptied
// because the sanitizer applies its own "user-content-" prefix to footnote ids; doing it
// twice breaks footnote links. Raw HTML in markdown is dropped (allowDangerousHtml is off).
const processor = unified()
  .use(remarkParse)
  .use(remarkGfm)
  .use(remarkRehype, { clobberPrefix: "" })
  .use(rehypeSanitize, sanitizeSchema)
  .use(rehypeSlug)
  .use(rehypeHighlight)
  .use(rehypeLinkPolicy)
  .use(rehypeScrollRegions)
  .use(rehypeStringify)
  .freeze();

// Visible "#" links after each heading, for sharing a section. A separate step run after the
// table of contents and plain text are taken from the tree, so the "#" is in neither. The
// links are aria-hidden and out of the tab order (the heading itself is the content); the
// visually hidden footnotes heading gets none.
const headingAnchors = unified()
  .use(rehypeAutolinkHeadings, {
    behavior: "append",
    properties: { className: ["heading-anchor"], ariaHidden: "true", tabIndex: -1 },
    content: { type: "text", value: "#" },
    test: (node) =>
      !(Array.isArray(node.properties.className) && node.properties.className.includes("sr-only")),
  })
  .freeze();

/**
 * Markdown → sanitized HTML plus what is stored beside it.
 * Input size and nesting are NOT bounded here: member input goes through renderDocument.
 * @param {string} markdown
 * @returns {Promise<import("./render.d.mts").RenderedMarkdown>}
 */
export async function renderMarkdown(markdown) {
  const tree = await processor.run(processor.parse(markdown));
  const text = toPlainText(tree);
  const toc = collectToc(tree);
  await headingAnchors.run(tree);
  const html = processor.stringify(tree);
  const wordCount = countWords(text);
  return { html, text, toc, wordCount, readingMinutes: readingMinutes(wordCount) };
}

/** @param {string} text */
export function countWords(text) {
  let count = 0;
  for (const token of text.split(/\s+/)) if (/[\p{L}\p{N}]/u.test(token)) count++;
  return count;
}

/** @param {number} wordCount */
export function readingMinutes(wordCount) {
  return Math.max(1, Math.round(wordCount / WORDS_PER_MINUTE));
}
