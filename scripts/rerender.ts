// `npm run db:rerender [-- --batch N]`: re-renders every Article, Resource, Event and Page
// whose renderVersion is older than RENDER_VERSION (lib/markdown/render.ts), in id order, a
// batch at a time. Run it after a deploy that bumped RENDER_VERSION; pages are never rendered
// on the read path, so until it has run readers see the older (still sanitized) HTML.
// Safe to run while the site is up and to run again: rows an author saves meanwhile are left
// alone, and a row that cannot be rendered keeps its old HTML and is reported.
import { parseArgs } from "node:util";

const CONCURRENCY = 4; // Two rendering in the pool's two threads, two waiting.

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      batch: { type: "string", default: "200" },
      help: { type: "boolean", short: "h", default: false },
    },
  });
  if (values.help) {
    console.log("Usage: npm run db:rerender -- [--batch N]");
    console.log("  --batch N  rows read per query (default 200)");
    return;
  }
  const batch = Number(values.batch);
  if (!Number.isInteger(batch) || batch < 1 || batch > 5000) {
    throw new Error(`--batch must be a whole number between 1 and 5000, got "${values.batch}"`);
  }
  if (!process.env.DATABASE_URL) {
    console.error("DATABASE_URL is not set. Point it at the database to re-render, for example:");
    console.error("  DATABASE_URL=postgresql://postgres@127.0.0.1:5432/zonepress npm run db:rerender");
    process.exitCode = 1;
    return;
  }

  // Imported here so --help and a missing DATABASE_URL need no database client.
  const { RENDER_VERSION } = await import("@/lib/markdown/render");
  const { renderDocument } = await import("@/lib/markdown/render-document");
  const { closeRenderPool } = await import("@/lib/markdown/pool");
  const { findStaleBodies, RERENDER_KINDS, storeRerender } = await import("@/lib/db/rerender");
  const { db } = await import("@/lib/db/client");

  let failures = 0;
  try {
    for (const kind of RERENDER_KINDS) {
      const tally = { rendered: 0, changedMeanwhile: 0, refused: 0 };
      let afterId = 0;
      for (;;) {
        const rows = await findStaleBodies(kind, RENDER_VERSION, afterId, batch);
        if (rows.length === 0) break;
        afterId = rows[rows.length - 1]!.id;
        await eachLimited(rows, CONCURRENCY, async (row) => {
          const outcome = await renderDocument(row.bodyMarkdown);
          if (!outcome.ok) {
            tally.refused++;
            console.warn(`${kind} ${row.id}: not re-rendered (${outcome.reason}): ${outcome.message}`);
            return;
          }
          if (await storeRerender(kind, row, outcome.rendered, RENDER_VERSION)) tally.rendered++;
          else tally.changedMeanwhile++;
        });
      }
      failures += tally.refused;
      console.log(
        `${kind}: ${tally.rendered} re-rendered to version ${RENDER_VERSION}, ` +
          `${tally.changedMeanwhile} saved by their author meanwhile, ${tally.refused} refused`,
      );
    }
  } finally {
    await closeRenderPool();
    await db.$disconnect();
  }
  if (failures > 0) process.exitCode = 2;
}

/** Runs `work` for every item with at most `limit` in flight (the pool's queue is bounded). */
async function eachLimited<T>(items: T[], limit: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const lanes = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) await work(items[next++]!);
  });
  await Promise.all(lanes);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
