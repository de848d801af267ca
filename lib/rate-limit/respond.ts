import { problem, type FieldErrors } from "@/lib/http/problem";

/**
 * The one answer to a request over its rate limit: 429, problem+json with code "throttled", and
 * Retry-After in seconds (plus any RateLimit headers the caller already computed).
 */
export function tooManyRequests({
  retryAfterSeconds,
  detail,
  title = "Too many requests",
  errors,
  headers,
}: {
  retryAfterSeconds: number;
  detail: string;
  title?: string;
  errors?: FieldErrors;
  headers?: Record<string, string>;
}): Response {
  return problem({
    status: 429,
    title,
    detail,
    code: "throttled",
    ...(errors ? { errors } : {}),
    headers: { ...headers, "Retry-After": String(Math.max(1, Math.ceil(retryAfterSeconds))) },
  });
}
