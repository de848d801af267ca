import "server-only";
import rehypeAutolinkHeadings from "rehype-autolink-headings";
import rehypeHighlight from "rehype-highlight";
import rehypeSanitize from "rehype-sanitize";
import rehypeSlug from "rehype-slug";
import rehypeStringify from "rehype-stringify";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import remarkRehype from "remark-rehype";
import { unified } from "unified";
import { toPlainText } from "./plain-text";
import rehypeLinkPolicy from "./rehype-link-policy";
import rehypeScrollRegions from "./rehype-scroll-regions";
import { sanitizeSchema } from "./sanitize-schema";
import { collectToc, type TocEntry } from "./toc";

export type { TocEntry } from "./toc";

/**
 * Bump when the pipeline's output changes (schema, plugins, options): rows whose
 * renderVersion is older are re-rendered from their markdown.
 */
export const RENDER_VERSION = 2;

/** Average adult silent-reading speed for non-fiction, words per minute. */
export const WORDS_PER_MINUTE = 238;

export interface RenderedMarkdown {
  html: string;
  /** Plain text of the body (search index, excerpts). */
  text: string;
  toc: TocEntry[];
  wordCount: number;
  readingMinutes: number;
}

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
 * Markdown → sanitized HTML plus what is stored beside it. Pure (no I/O, no shared state
 * beyond the frozen processor) so it can move into a worker pool unchanged.
 * Input size and nesting are NOT bounded here; callers must bound them first (ENVIRONMENT.md).
 */
export async function renderMarkdown(markdown: string): Promise<RenderedMarkdown> {
  const tree = await processor.run(processor.parse(markdown));
  const text = toPlainText(tree);
  const toc = collectToc(tree);
  await headingAnchors.run(tree);
  const html = processor.stringify(tree);
  const wordCount = countWords(text);
  return { html, text, toc, wordCount, readingMinutes: readingMinutes(wordCount) };
}

export function countWords(text: string): number {
  let count = 0;
  for (const token of text.split(/\s+/)) if (/[\p{L}\p{N}]/u.test(token)) count++;
  return count;
}

export function readingMinutes(wordCount: number): number {
  return Math.max(1, Math.round(wordCount / WORDS_PER_MINUTE));
}

/**
 * The first maxChars characters of text on one line, cut at a word boundary with an
 * ellipsis when shortened. The result (ellipsis included) never exceeds maxChars.
 */
export function excerpt(text: string, maxChars = 200): string {
  const flat = text.replace(/\s+/g, " ").trim();
  if (flat.length <= maxChars) return flat;
  const room = Math.max(1, maxChars - 1);
  const cut = flat.slice(0, room + 1);
  const space = cut.lastIndexOf(" ");
  // A single very long word (a URL) is cut mid-word rather than producing a near-empty excerpt.
  const end = space >= room * 0.5 ? space : room;
  return `${flat.slice(0, end).replace(/[\s,;:.!?\-–—([{]+$/u, "")}…`;
}
