// One scenario, measured: its very first request (cold), a warm-up, the cache headers once
// warm, then the timed load. And the bare-Node ceiling, loaded the same way.
import { performance } from "node:perf_hooks";
import { expireArticles } from "./invalidate";
import type { LoadFigures } from "./load";
import { runLoad } from "./load-client";
import type { Scenario } from "./scenarios";
import { startCeiling } from "./servers";

export interface LoadSettings {
  duration: number;
  connections: number;
  warmSeconds: number;
}

export interface Measured {
  figures: LoadFigures;
  firstMs: number;
  cacheHeader: string;
}

/** Articles of the invalidation scenario rendered during its warm-up, not in its timed load. */
const WARM_ARTICLES = 20;
let probes = 0;

/** A GET from an address of its own (outside the load generator's range), timed. */
async function probe(url: string): Promise<{ ms: number; response: Response; body: Buffer }> {
  const n = probes++;
  const started = performance.now();
  const response = await fetch(url, {
    headers: { "accept-encoding": "identity", "x-forwarded-for": `10.255.${(n >> 8) & 255}.${n & 255}` },
    signal: AbortSignal.timeout(60_000),
  });
  const body = Buffer.from(await response.arrayBuffer());
  const ms = performance.now() - started;
  if (!response.ok) throw new Error(`${url} answered ${response.status}; the benchmark needs a 2xx page`);
  return { ms, response, body };
}

function describeCaching(response: Response): string {
  const parts = [
    response.headers.get("x-nextjs-cache") && `x-nextjs-cache: ${response.headers.get("x-nextjs-cache")}`,
    response.headers.get("x-nextjs-prerender") && "prerendered",
    response.headers.get("cache-control") && `Cache-Control: ${response.headers.get("cache-control")}`,
  ];
  return parts.filter(Boolean).join("; ") || "no cache headers";
}

export async function measureScenario(
  origin: string,
  scenario: Scenario,
  settings: LoadSettings,
): Promise<Measured> {
  const base = { origin, connections: settings.connections };
  if (scenario.expire) return measureInvalidated(origin, scenario, settings);
  const first = await probe(origin + scenario.paths[0]);
  await runLoad({ ...base, paths: scenario.paths, duration: settings.warmSeconds });
  const warm = await probe(origin + scenario.paths[0]);
  const figures = await runLoad({ ...base, paths: scenario.paths, duration: settings.duration });
  return { figures, firstMs: first.ms, cacheHeader: describeCaching(warm.response) };
}

/**
 * Each request of the timed load asks for a different article whose `article:<id>` tag was
 * expired just before, so every response is a render of that article (its data, related
 * articles and page) while what the articles share — layout, header, the author's profile
 * where one wrote several — may be cached. The warm-up renders other articles of the list.
 */
async function measureInvalidated(
  origin: string,
  scenario: Scenario,
  settings: LoadSettings,
): Promise<Measured> {
  const ids = scenario.expire ?? [];
  const warmPaths = scenario.paths.slice(0, WARM_ARTICLES);
  const first = await probe(origin + warmPaths[0]);
  for (const path of warmPaths.slice(1)) await probe(origin + path);
  // What one invalidated article looks like: expire a rendered one, then ask for it again.
  await expireArticles(origin, [ids[0]!]);
  const again = await probe(origin + warmPaths[0]);
  await expireArticles(origin, ids.slice(WARM_ARTICLES));
  const figures = await runLoad({
    origin,
    connections: settings.connections,
    paths: scenario.paths.slice(WARM_ARTICLES),
    duration: settings.duration,
  });
  const header = `after expiry: ${describeCaching(again.response)}, ${again.ms.toFixed(0)} ms`;
  return { figures, firstMs: first.ms, cacheHeader: header };
}

/**
 * The ceiling: the cached article's exact bytes and headers from a bare Node server on the
 * same core, loaded the same way. Hop-by-hop and per-response headers are left to Node.
 */
export async function measureCeiling(
  origin: string,
  articlePath: string,
  port: number,
  settings: LoadSettings,
): Promise<LoadFigures> {
  const { response, body } = await probe(origin + articlePath);
  const headers: Record<string, string> = {};
  const perResponse = new Set(["content-length", "transfer-encoding", "connection", "keep-alive", "date"]);
  response.headers.forEach((value, name) => {
    if (!perResponse.has(name)) headers[name] = value;
  });
  if (headers["content-encoding"])
    throw new Error("the article came back encoded; the ceiling needs plain bytes");
  const ceiling = await startCeiling(body, headers, port);
  try {
    const paths = [articlePath];
    await runLoad({
      origin: ceiling.origin,
      connections: settings.connections,
      paths,
      duration: settings.warmSeconds,
    });
    return await runLoad({
      origin: ceiling.origin,
      connections: settings.connections,
      paths,
      duration: settings.duration,
    });
  } finally {
    await ceiling.stop();
  }
}
