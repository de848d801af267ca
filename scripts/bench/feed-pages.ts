/**
 * Times the all-articles feed query at page 1, 500 and 5000 (and one zone's feed), so the
 * claim "page N costs about what page 1 costs" has a figure behind it. Not a test: run it
 * against a large seeded database, e.g.
 *
 *   DATABASE_URL=postgresql://…/zp_100k npm run db:seed -- --articles 100000
 *   DATABASE_URL=postgresql://…/zp_100k npx tsx --conditions=react-server scripts/bench/feed-pages.ts
 *
 * Prints p50/p95 of ROUNDS calls per page after a warm-up call.
 */
import { performance } from "node:perf_hooks";
import { percentile, runBench } from "./harness";

const ROUNDS = Number(process.env.ROUNDS ?? 30);

async function main(): Promise<void> {
  const { listPublishedPage } = await import("../../lib/db/articles");
  const { db } = await import("../../lib/db/client");
  const total = await db.article.count({ where: { status: "PUBLISHED" } });
  const zone = await db.zone.findFirstOrThrow({
    orderBy: { position: "asc" },
    select: { id: true, slug: true },
  });
  const zoneTotal = await db.article.count({ where: { status: "PUBLISHED", zoneId: zone.id } });
  console.log(`published articles: ${total}; zone ${zone.slug}: ${zoneTotal}`);

  const cases: { name: string; scope: Parameters<typeof listPublishedPage>[0]; page: number }[] = [
    { name: "all, page 1", scope: {}, page: 1 },
    { name: "all, page 500", scope: {}, page: 500 },
    { name: "all, page 5000", scope: {}, page: 5000 },
    { name: `zone, page 1`, scope: { zoneId: zone.id }, page: 1 },
    { name: `zone, last page`, scope: { zoneId: zone.id }, page: Math.max(1, Math.ceil(zoneTotal / 20)) },
  ];
  for (const c of cases) {
    await listPublishedPage(c.scope, c.page, 20); // warm-up: connection, plan cache
    const times: number[] = [];
    for (let i = 0; i < ROUNDS; i++) {
      const started = performance.now();
      const { articles } = await listPublishedPage(c.scope, c.page, 20);
      times.push(performance.now() - started);
      if (articles.length === 0) throw new Error(`${c.name}: no articles`);
    }
    times.sort((a, b) => a - b);
    console.log(
      `${c.name.padEnd(18)} p50 ${percentile(times, 50).toFixed(1)} ms  p95 ${percentile(times, 95).toFixed(1)} ms`,
    );
  }
  await db.$disconnect();
}

runBench(main);
