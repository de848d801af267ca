import "server-only";
import { existsSync } from "node:fs";
import { join } from "node:path";
import Piscina from "piscina";
import type { ReactElement } from "react";
import { toHostTree, type HostNode } from "./host-tree";

// react-dom/server refuses to load under the react-server condition, which is how Next bundles
// route handlers, server actions and instrumentation.ts, and how the tsx scripts (npm run
// worker) run. So the components are called here (host-tree.ts) and the HTML is rendered by
// React Email in a worker thread started without that condition. The worker file is found from
// the project root, as lib/markdown/pool.ts does, so the bundler leaves it alone.

const WORKER_FILE = join(process.cwd(), "lib", "email", "render-worker.mjs");

interface RenderTask {
  tree: HostNode[];
}
interface RenderedEmail {
  html: string;
  text: string;
}

// One thread per process, started on the first email and ended after a minute without one.
const holder = globalThis as { zonepressEmailRenderer?: Piscina<RenderTask, RenderedEmail> };

function renderer(): Piscina<RenderTask, RenderedEmail> {
  if (holder.zonepressEmailRenderer) return holder.zonepressEmailRenderer;
  if (!existsSync(WORKER_FILE))
    throw new Error(`The email renderer is missing at ${WORKER_FILE}; start the app from the project root.`);
  holder.zonepressEmailRenderer = new Piscina<RenderTask, RenderedEmail>({
    filename: WORKER_FILE,
    minThreads: 0,
    maxThreads: 1,
    idleTimeout: 60_000,
    // No --conditions=react-server and no TypeScript loader: a plain Node thread.
    execArgv: [],
  });
  return holder.zonepressEmailRenderer;
}

/**
 * The HTML and plain-text bodies of an email built from React Email components (usually inside
 * lib/email/layout.tsx's EmailLayout). The text is derived from the same HTML, so both always
 * say the same; links keep their absolute URLs, images and the inbox preview line are left out.
 */
export async function renderEmail(element: ReactElement): Promise<{ html: string; text: string }> {
  const tree = await toHostTree(element);
  return renderer().run({ tree });
}
