import { problem } from "./problem";
import { requestLogger } from "./request-id";

// Fault injection for the production-mode error tests (e2e/error-pages.spec.ts): the routes that
// use it exist only when ZP_FAULT_INJECTION=1 (scripts/e2e-server.ts sets it) and answer 404
// otherwise. The thrown message looks like a leaking database error on purpose.

export const FAULT_MARKER = "ZP-FAULT-MARKER-7c1e";

export function faultInjectionEnabled(): boolean {
  return process.env.ZP_FAULT_INJECTION === "1";
}

export function injectedFault(): Error {
  return new Error(`SELECT "passwordHash" FROM "User" WHERE id = 1 failed: ${FAULT_MARKER}`);
}

/**
 * Wraps a route handler so an unexpected error answers a 500 problem document with a friendly
 * detail (and the request id to quote), never the error's message; the error itself is logged.
 */
export function withInternalErrorProblem<Args extends unknown[]>(
  handler: (...args: Args) => Promise<Response>,
): (...args: Args) => Promise<Response> {
  return async (...args: Args): Promise<Response> => {
    try {
      return await handler(...args);
    } catch (error) {
      const request = args[0] instanceof Request ? args[0] : null;
      const requestId = request?.headers.get("x-request-id") ?? undefined;
      if (request)
        requestLogger(request).error({ event: "http.internal_error", err: error }, "request failed");
      return problem({
        status: 500,
        title: "Something went wrong",
        detail: `We could not complete this request. Please try again in a moment${requestId ? ` (reference ${requestId})` : ""}.`,
        code: "internal-error",
      });
    }
  };
}
