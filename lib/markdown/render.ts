import "server-only";

// In-process rendering for trusted text (seeds, tests) and the helpers stored beside it.
// Member input goes through renderDocument (render-document.ts): bounded, in a worker, with a
// timeout. The pipeline itself is plain JavaScript in ./pipeline so that worker can load it.
export {
  countWords,
  readingMinutes,
  renderMarkdown,
  WORDS_PER_MINUTE,
  type RenderedMarkdown,
  type TocEntry,
} from "./pipeline/render.mjs";

/**
 * Bump when the pipeline's output changes (schema, plugins, options): `npm run db:rerender`
 * re-renders rows whose renderVersion is older (never on the read path).
 * 3: image sizes from the title, links limited to http(s)/mailto, rendering in a worker.
 */
export const RENDER_VERSION = 3;

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
