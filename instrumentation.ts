// Next calls register() once when a server instance starts (docs: instrumentation.ts).
export async function register(): Promise<void> {
  // Node.js server only: the edge runtime has no database driver, and `next build`'s
  // prerender workers neither record views nor run jobs.
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;
  // Imported here so the edge bundle never pulls in the database client. Each part registers its
  // step of the one ordered shutdown (lib/shutdown.ts): views, workers, Redis, database pools.
  const { registerConnectionShutdown } = await import("./lib/shutdown-connections");
  registerConnectionShutdown();
  const { startViewFlushing } = await import("./lib/views/lifecycle");
  startViewFlushing();
  // Not awaited: the site serves while pg-boss starts (WORKERS=off: no-op).
  const { startInlineWorkers } = await import("./lib/jobs/lifecycle");
  void startInlineWorkers();
}
