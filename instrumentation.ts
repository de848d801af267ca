// Next calls register() once when a server instance starts (docs: instrumentation.ts).
export async function register(): Promise<void> {
  // Node.js server only: the edge runtime has no database driver, and `next build`'s
  // prerender workers record no views, so they need no flusher.
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;
  // Imported here so the edge bundle never pulls in the database client.
  const { startViewFlushing } = await import("./lib/views/lifecycle");
  startViewFlushing();
}
