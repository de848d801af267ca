import type { Logger } from "pino";
import { logger } from "@/lib/logger";

// Each /api request carries an id (proxy.ts): an incoming X-Request-Id is kept when it is a safe
// token (a load balancer's id then joins our log lines), anything else is replaced with a UUID.
// The id goes back in the response's X-Request-Id header. Pages are not given one: reading a
// request header there would make cached pages dynamic.

export const REQUEST_ID_HEADER = "x-request-id";
const SAFE_ID = /^[A-Za-z0-9._:-]{8,128}$/;

export function requestIdFrom(incoming: string | null): string {
  return incoming && SAFE_ID.test(incoming) ? incoming : crypto.randomUUID();
}

/** A logger whose lines carry the request's id and path, and the user id when one is known. */
export function requestLogger(request: Request, userId?: number | string | null): Logger {
  return logger.child({
    requestId: request.headers.get(REQUEST_ID_HEADER) ?? undefined,
    path: new URL(request.url).pathname,
    ...(userId != null ? { userId } : {}),
  });
}
