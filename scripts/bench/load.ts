/**
 * The load generator of the page benchmark, run as its own process (pinned to the other core
 * than the server by load-client.ts): autocannon at a fixed concurrency for a fixed duration
 * against one scenario, then one JSON line on stdout with the figures.
 *
 * Input (stdin, JSON): { origin, paths, connections, duration }. With several paths each
 * request takes the next one (shared by all connections), so a list of distinct URLs is
 * requested once each until it runs out, then from the start again.
 *
 * Every request carries its own reader address (harness.ts readerAddress).
 *
 * Latency percentiles are read off every response's own time (autocannon's histogram has no
 * p95), with the same nearest-rank rule as the other benchmarks (harness.ts).
 */
import autocannon from "autocannon";
import { percentile, readerAddress } from "./harness";

export interface LoadInput {
  origin: string;
  paths: string[];
  connections: number;
  duration: number;
}

export interface LoadFigures {
  requests: number;
  seconds: number;
  reqPerSec: number;
  p50: number;
  p95: number;
  p99: number;
  /** Connection errors and timeouts. */
  errors: number;
  /** Responses whose status is not 2xx; they count as errors in the budgets. */
  non2xx: number;
  statusCodes: Record<string, number>;
  /** Distinct paths requested, and whether the list ran out and was requested again. */
  distinctPaths: number;
  wrapped: boolean;
}

async function main(): Promise<void> {
  let raw = "";
  for await (const chunk of process.stdin) raw += String(chunk);
  const input = JSON.parse(raw) as LoadInput;
  if (input.paths.length === 0) throw new Error("no paths to load");
  let next = 0;
  const instance = autocannon({
    url: input.origin,
    connections: input.connections,
    duration: input.duration,
    timeout: 10,
    requests: [
      {
        method: "GET",
        setupRequest: (request) => {
          const n = next++;
          return {
            ...request,
            path: input.paths[n % input.paths.length],
            headers: { ...request.headers, "x-forwarded-for": readerAddress(n) },
          };
        },
      },
    ],
  });
  const times: number[] = [];
  instance.on("response", (_client, _status, _bytes, responseTime) => {
    times.push(responseTime);
  });
  const result = await instance;
  times.sort((a, b) => a - b);
  const statusCodes: Record<string, number> = {};
  for (const [code, { count }] of Object.entries(result.statusCodeStats)) statusCodes[code] = Number(count);
  const figures: LoadFigures = {
    requests: times.length,
    seconds: result.duration,
    reqPerSec: times.length / result.duration,
    p50: percentile(times, 50),
    p95: percentile(times, 95),
    p99: percentile(times, 99),
    errors: result.errors,
    non2xx: result.non2xx,
    statusCodes,
    distinctPaths: Math.min(next, input.paths.length),
    wrapped: next > input.paths.length,
  };
  process.stdout.write(`${JSON.stringify(figures)}\n`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
