/**
 * Render time of a ~25 KB seeded-like article through renderDocument (limits + worker pool),
 * the path every save and preview takes, and in-process for comparison. Not a test:
 *
 *   npx tsx --conditions=react-server scripts/bench/render.ts
 *
 * Prints median/p95 of ROUNDS renders after a warm-up (worker start, highlighter grammars).
 */
import { loadavg } from "node:os";
import { performance } from "node:perf_hooks";
import { percentile, runBench } from "./harness";

const ROUNDS = Number(process.env.ROUNDS ?? 50);
const TARGET_BYTES = 25 * 1024;

async function time(name: string, render: () => Promise<unknown>): Promise<void> {
  for (let i = 0; i < 3; i++) await render();
  const times: number[] = [];
  for (let i = 0; i < ROUNDS; i++) {
    const started = performance.now();
    await render();
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  const ms = (value: number) => `${value.toFixed(1)} ms`;
  console.log(`${name.padEnd(28)} median ${ms(percentile(times, 50))}  p95 ${ms(percentile(times, 95))}`);
}

async function main(): Promise<void> {
  const { planBodyPool } = await import("../../prisma/seed/body-pool");
  const { renderMarkdown } = await import("../../lib/markdown/render");
  const { renderDocument } = await import("../../lib/markdown/render-document");
  const { closeRenderPool } = await import("../../lib/markdown/pool");

  // Seeded bodies are 5–8 KB; a long article is several of them, cut to size at a paragraph.
  let markdown = "";
  for (const body of planBodyPool(1, 1000).markdown) {
    if (Buffer.byteLength(markdown) >= TARGET_BYTES) break;
    markdown += `${body}\n\n`;
  }
  const cut = markdown.lastIndexOf("\n\n", TARGET_BYTES);
  markdown = markdown.slice(0, cut > 0 ? cut : TARGET_BYTES);
  console.log(
    `article: ${(Buffer.byteLength(markdown) / 1024).toFixed(1)} KB, ${ROUNDS} rounds, ` +
      `load average ${loadavg()[0]!.toFixed(1)}`,
  );

  try {
    await time("renderDocument (worker)", async () => {
      const outcome = await renderDocument(markdown);
      if (!outcome.ok) throw new Error(`render refused: ${outcome.reason}`);
    });
    await time("renderMarkdown (in-process)", () => renderMarkdown(markdown));
  } finally {
    await closeRenderPool();
  }
}

runBench(main);
