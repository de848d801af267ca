// Shared by the benchmark scripts in this folder: how a figure is read off sorted timings, and
// how a script ends (exit explicitly: an open database pool would keep the process alive), and
// who the page benchmark's requests claim to come from.

/** The value at percentile `p` (nearest rank) of ascending `sorted` timings. */
export function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? NaN;
}

export function runBench(main: () => Promise<void>): void {
  main().then(
    () => process.exit(0),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}

/**
 * A different reader address per request (X-Forwarded-For, read with the default one trusted
 * proxy hop): the per-IP limits of search and the public API (60 and 120 a minute) are for
 * one reader, and a benchmark of the site's throughput is many readers, not one scraper.
 */
export function readerAddress(n: number): string {
  return `10.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}`;
}
