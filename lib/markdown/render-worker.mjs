// One render, inside a piscina worker thread (see pool.ts). Plain JavaScript importing only
// the pure pipeline and npm packages, so Node loads it as is: under Vitest, tsx and the Next
// production server, with no bundler or TypeScript loader in the thread.
import { renderMarkdown } from "./pipeline/render.mjs";

/**
 * @param {{ markdown: string; started?: import("node:worker_threads").MessagePort }} task
 *   `started` is told when the render begins, so the pool's 2 s limit measures rendering
 *   and not the time the document waited in the queue.
 */
export default async function render({ markdown, started }) {
  started?.postMessage("started");
  return renderMarkdown(markdown);
}
