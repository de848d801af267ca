// Shared by the benchmark scripts in this folder: how a figure is read off sorted timings, and
// how a script ends (exit explicitly: an open database pool would keep the process alive).

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
