// Types of render.mjs (plain JavaScript so the render worker can load it; see render.mjs).
// Keep in step with it: tsc does not check .mjs files in this project (allowJs is off).

export interface TocEntry {
  depth: number;
  id: string;
  text: string;
}

export interface RenderedMarkdown {
  html: string;
  /** Plain text of the body (search index, excerpts). */
  text: string;
  toc: TocEntry[];
  wordCount: number;
  readingMinutes: number;
}

/** Average adult silent-reading speed for non-fiction, words per minute. */
export const WORDS_PER_MINUTE: number;

/** Markdown → sanitized HTML plus what is stored beside it; input is NOT bounded here. */
export function renderMarkdown(markdown: string): Promise<RenderedMarkdown>;

export function countWords(text: string): number;

export function readingMinutes(wordCount: number): number;
