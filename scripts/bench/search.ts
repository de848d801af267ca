/**
 * Times the first page of /search for 20 realistic queries (the database work of a search: the
 * ranked page, the counts per type and the highlighted snippets), so docs/performance.md has
 * figures behind "the first page comes back quickly". Not a test: run it against a large seeded
 * database, e.g.
 *
 *   DATABASE_URL=postgresql://…/zp_100k npm run db:seed -- --articles 100000
 *   DATABASE_URL=postgresql://…/zp_100k npm run bench:search
 *
 * Each query runs once to warm up (connection, plan, pages read from disk), then ROUNDS times.
 * Prints each query's median, the median and p95 over every timed run, and the same for the
 * search box's suggestions on ten typed prefixes.
 */
import { loadavg } from "node:os";
import { performance } from "node:perf_hooks";
import { percentile, runBench } from "./harness";
import { QUERIES } from "./search-queries";

const ROUNDS = Number(process.env.ROUNDS ?? 5);

/** What the header box asks while someone types: short prefixes are the expensive ones. */
const PREFIXES = ["ku", "kub", "kafk", "te", "terraf", "obs", "pand", "oa", "ch", "kustomiz"];

/** Runs `work` once to warm up, then ROUNDS times; returns the sorted timings in ms. */
async function timed(work: () => Promise<unknown>): Promise<number[]> {
  await work();
  const times: number[] = [];
  for (let i = 0; i < ROUNDS; i++) {
    const started = performance.now();
    await work();
    times.push(performance.now() - started);
  }
  return times.sort((a, b) => a - b);
}

const summary = (times: number[]) =>
  `median ${percentile(times, 50).toFixed(1)} ms, p95 ${percentile(times, 95).toFixed(1)} ms, max ${times.at(-1)?.toFixed(1)} ms`;

async function main(): Promise<void> {
  const { analyseQuery, searchContent } = await import("../../lib/db/search");
  const { suggestTitles } = await import("../../lib/db/search-suggest");
  const { SEARCH_PAGE_SIZE, SUGGEST_LIMIT, suggestionWords } = await import("../../lib/search/query");
  const { db } = await import("../../lib/db/client");
  const published = await db.article.count({ where: { status: "PUBLISHED" } });
  // The load average says how far the figures can be trusted on a shared machine.
  console.log(
    `published articles: ${published}; ${QUERIES.length} queries × ${ROUNDS} rounds; load ${loadavg()[0]?.toFixed(1)}\n`,
  );

  const search = async (q: string) => {
    const analysis = await analyseQuery(q);
    if (!analysis.searchable) throw new Error(`"${q}" is not searchable`);
    return searchContent({
      q,
      type: null,
      zoneId: null,
      page: 1,
      pageSize: SEARCH_PAGE_SIZE,
      now: new Date(),
    });
  };

  const all: number[] = [];
  for (const q of QUERIES) {
    const { counts } = await search(q);
    const times = await timed(() => search(q));
    all.push(...times);
    const matches = Object.values(counts).reduce((sum, n) => sum + n, 0);
    console.log(
      `${q.padEnd(28)} ${String(matches).padStart(7)} matches  median ${percentile(times, 50).toFixed(1).padStart(6)} ms`,
    );
  }
  console.log(`\nall queries: ${summary(all.sort((a, b) => a - b))}`);

  const suggestions: number[] = [];
  for (const prefix of PREFIXES) {
    suggestions.push(
      ...(await timed(() => suggestTitles(suggestionWords(prefix), SUGGEST_LIMIT, new Date()))),
    );
  }
  console.log(`suggestions (${PREFIXES.length} prefixes): ${summary(suggestions.sort((a, b) => a - b))}`);
  await db.$disconnect();
}

runBench(main);
