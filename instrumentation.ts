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

/**
 * Next calls this for every error thrown while rendering or in a route handler. The client only
 * ever sees the friendly error page or problem document; the log line has the path and request id.
 */
export async function onRequestError(
  error: unknown,
  request: { path: string; method: string; headers: Record<string, string | string[] | undefined> },
  context: { routerKind: string; routePath: string; routeType: string },
): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { logger } = await import("./lib/logger");
  const requestId = request.headers["x-request-id"];
  logger.error(
    {
      event: "http.request_error",
      err: error,
      method: request.method,
      path: request.path.split("?")[0],
      route: context.routePath,
      routeType: context.routeType,
      requestId: typeof requestId === "string" ? requestId : undefined,
    },
    "request failed",
  );
}
