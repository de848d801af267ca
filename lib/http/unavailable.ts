import { isDatabaseUnavailable } from "@/lib/db/unavailable";
import { logger } from "@/lib/logger";
import { problem } from "./problem";
import { requestLogger } from "./request-id";

// When the database is restarting or unreachable, a route handler answers 503 with Retry-After
// and a problem document, not Next's bare 500: the client learns that nothing was saved and that
// trying again shortly is right (the writing page keeps the text and retries). The pool's
// connection timeout (lib/db/client.ts) bounds how long a request waits before it gets here.

export const RETRY_AFTER_SECONDS = 5;

export function serviceUnavailable(
  detail = "The database is not reachable right now, so nothing was saved. Try again in a few seconds.",
): Response {
  return problem({
    status: 503,
    title: "Service unavailable",
    detail,
    code: "unavailable",
    headers: { "Retry-After": String(RETRY_AFTER_SECONDS) },
  });
}

/**
 * Wraps a route handler: a database outage becomes a 503 problem; any other error is rethrown
 * (Next answers 500 and logs it, as before). Responses the handler sets headers on (private
 * caching) keep them; the 503 is `no-store` anyway.
 */
export function withDatabaseRetry<Args extends unknown[]>(
  handler: (...args: Args) => Promise<Response>,
): (...args: Args) => Promise<Response> {
  return async (...args: Args): Promise<Response> => {
    try {
      return await handler(...args);
    } catch (error) {
      if (!isDatabaseUnavailable(error)) throw error;
      const request = args[0] instanceof Request ? args[0] : null;
      const log = request ? requestLogger(request) : logger;
      log.warn(
        { event: "http.database_unavailable", method: request?.method },
        "database unavailable: answered 503",
      );
      return serviceUnavailable();
    }
  };
}
