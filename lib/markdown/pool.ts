import "server-only";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { MessageChannel, type MessagePort } from "node:worker_threads";
import Piscina from "piscina";
import type { RenderedMarkdown } from "./pipeline/render.mjs";

// Rendering runs in a small pool of worker threads: a pathological document costs one worker
// for at most RENDER_TIMEOUT_MS, never the event loop that serves every other request. A
// render that runs over is aborted, which terminates its thread (piscina replaces it on the
// next task), so a stuck parser cannot take the pool down with it.
//
// The worker is a plain .mjs file next to this one, loaded by Node from the source tree. It is
// found from the project root (the working directory of next start, tsx scripts and Vitest),
// not through import.meta.url: Next's bundler would copy a `new URL("./render-worker.mjs",
// import.meta.url)` file into the build on its own, without the pipeline modules it imports.

/** Longest one document may render, measured from the moment a worker starts on it. */
export const RENDER_TIMEOUT_MS = 2_000;
/** Longest a document may wait for a free worker before it is given up as a timeout too. */
const QUEUE_WAIT_MS = 8_000;
/** Documents waiting beyond the running ones; past this the server is too busy to accept more. */
const MAX_QUEUE = 32;

const WORKER_FILE = join(process.cwd(), "lib", "markdown", "render-worker.mjs");

export type PoolOutcome =
  | { ok: true; rendered: RenderedMarkdown }
  | { ok: false; reason: "timeout" | "busy" }
  | { ok: false; reason: "failed"; error: unknown };

interface RenderTask {
  markdown: string;
  started: MessagePort;
}

// One pool per process, also across Next's module reloads in development (like lib/db/client).
const holder = globalThis as { zonepressRenderPool?: Piscina<RenderTask, RenderedMarkdown> };

function pool(): Piscina<RenderTask, RenderedMarkdown> {
  if (holder.zonepressRenderPool) return holder.zonepressRenderPool;
  // Said plainly here rather than as a worker crash on every render.
  if (!existsSync(WORKER_FILE))
    throw new Error(`The markdown worker is missing at ${WORKER_FILE}; start the app from the project root.`);
  holder.zonepressRenderPool = new Piscina<RenderTask, RenderedMarkdown>({
    filename: WORKER_FILE,
    // Two threads at most: rendering is occasional (saves and previews), and each thread
    // holds the whole pipeline (~40 MB). Idle threads exit, the next render starts one.
    minThreads: 0,
    maxThreads: 2,
    idleTimeout: 5 * 60_000,
    maxQueue: MAX_QUEUE,
    // A bounded heap: a document that makes the parser allocate without end kills its own
    // thread ("failed"), not the server.
    resourceLimits: { maxOldGenerationSizeMb: 256 },
  });
  return holder.zonepressRenderPool;
}

/** Renders in a worker within the time limit. Input must already be bounded (limits.ts). */
export async function renderInWorker(markdown: string): Promise<PoolOutcome> {
  let workers: Piscina<RenderTask, RenderedMarkdown>;
  try {
    workers = pool();
  } catch (error) {
    return { ok: false, reason: "failed", error };
  }
  if (workers.queueSize >= MAX_QUEUE) return { ok: false, reason: "busy" };
  const controller = new AbortController();
  const channel = new MessageChannel();
  let timedOut = false;
  const abort = () => {
    timedOut = true;
    controller.abort();
  };
  let timer = setTimeout(abort, QUEUE_WAIT_MS + RENDER_TIMEOUT_MS);
  channel.port1.once("message", () => {
    clearTimeout(timer);
    timer = setTimeout(abort, RENDER_TIMEOUT_MS);
  });
  try {
    const rendered = await workers.run(
      { markdown, started: channel.port2 },
      { transferList: [channel.port2], signal: controller.signal },
    );
    return { ok: true, rendered };
  } catch (error) {
    if (timedOut) return { ok: false, reason: "timeout" };
    return { ok: false, reason: "failed", error };
  } finally {
    clearTimeout(timer);
    channel.port1.close();
  }
}

/** Stops the pool's threads (scripts and tests that want to exit promptly). */
export async function closeRenderPool(): Promise<void> {
  const workers = holder.zonepressRenderPool;
  delete holder.zonepressRenderPool;
  await workers?.destroy();
}
