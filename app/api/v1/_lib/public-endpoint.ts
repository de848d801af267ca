import { matchesEtag } from "@/components/feed/responses";
import { ENDPOINTS, type EndpointName } from "@/lib/api/public/endpoints";
import { consumeIpLimit, PUBLIC_LIMITS, rateLimitHeaders } from "@/lib/api/public/rate-limit";
import { fieldErrors, problem, type ProblemInit } from "@/lib/http/problem";
import { clientIp, controlCharacterParam, hasControlCharacters } from "@/lib/http/request";
import { tooManyRequests } from "@/lib/rate-limit/respond";
import { absoluteUrl } from "@/lib/seo/urls";
import { getCachedOutcome } from "./cached-outcome";

// The HTTP side of the public read API (/api/v1, docs/api.md): per-IP rate limit, parameter
// checks, the cached answer with ETag / If-None-Match, Cache-Control, CORS for any origin, and
// RFC 9457 problems for everything that goes wrong.

/** Shared caches and browsers may reuse an answer for a minute, and serve it stale a while longer. */
export const PUBLIC_CACHE_CONTROL = "public, max-age=60, stale-while-revalidate=300";

/** Anyone's pages may read the API from the browser: it is public and sends no credentials. */
export const CORS_HEADERS = {
  "Access-Control-Allow-Origin": "*",
  "Access-Control-Expose-Headers": "ETag, Link, RateLimit, RateLimit-Policy, Retry-After",
} as const;

function apiProblem(init: ProblemInit): Response {
  return withApiHeaders(problem(init));
}

function withApiHeaders(response: Response): Response {
  for (const [name, value] of Object.entries(CORS_HEADERS)) response.headers.set(name, value);
  response.headers.set("X-Content-Type-Options", "nosniff");
  return response;
}

/** The request's URL with `cursor` set: the next page, for the Link header. */
function nextUrl(request: Request, cursor: string): string {
  const url = new URL(request.url);
  url.searchParams.set("cursor", cursor);
  return absoluteUrl(`${url.pathname}${url.search}`);
}

type Context = { params: Promise<Record<string, string>> };

/** The GET handler of endpoint `name` (HEAD comes with it: Next answers HEAD from GET). */
export function publicGet(name: EndpointName) {
  return async (request: Request, context?: Context): Promise<Response> => {
    const spec = PUBLIC_LIMITS.api;
    const limit = await consumeIpLimit(spec, clientIp(request));
    const limitHeaders = rateLimitHeaders(spec, limit);
    if (!limit.allowed) {
      return tooManyRequests({
        retryAfterSeconds: limit.resetSeconds,
        detail: `The public API answers ${limit.limit} requests a minute per address; try again in ${limit.resetSeconds} s`,
        headers: { ...limitHeaders, ...CORS_HEADERS, "X-Content-Type-Options": "nosniff" },
      });
    }
    const refused = controlCharacterParam(request);
    if (refused) return withApiHeaders(refused);
    // A route without dynamic segments gets a context whose params resolve to undefined.
    const segments: Record<string, string> = (context ? await context.params : undefined) ?? {};
    if (Object.values(segments).some((value) => hasControlCharacters(value))) {
      return apiProblem({ status: 404, title: "Not found", detail: "Nothing here", code: "not-found" });
    }
    const query = Object.fromEntries(new URL(request.url).searchParams);
    const parsed = ENDPOINTS[name].params.safeParse({ ...query, ...segments });
    if (!parsed.success) {
      return apiProblem({
        status: 400,
        title: "Invalid parameter",
        detail: "Some query parameters are not valid",
        code: "invalid-parameter",
        errors: fieldErrors(parsed.error),
        headers: limitHeaders,
      });
    }
    const outcome = await getCachedOutcome(name, parsed.data);
    if (!outcome.ok) {
      return apiProblem({
        status: outcome.status,
        title: outcome.status === 404 ? "Not found" : "Invalid parameter",
        detail: outcome.detail,
        code: outcome.status === 404 ? "not-found" : "invalid-parameter",
        errors: outcome.errors,
        headers: limitHeaders,
      });
    }
    const headers: Record<string, string> = {
      ...CORS_HEADERS,
      ...limitHeaders,
      "Cache-Control": PUBLIC_CACHE_CONTROL,
      ETag: outcome.etag,
      "X-Content-Type-Options": "nosniff",
      ...(outcome.next ? { Link: `<${nextUrl(request, outcome.next)}>; rel="next"` } : {}),
    };
    if (matchesEtag(request.headers.get("if-none-match"), outcome.etag)) {
      return new Response(null, { status: 304, headers });
    }
    return new Response(outcome.body, {
      headers: { ...headers, "Content-Type": "application/json; charset=utf-8" },
    });
  };
}

/** CORS preflight: GET and HEAD from any origin, with If-None-Match; browsers may remember it a day. */
export function publicOptions(): Response {
  return new Response(null, {
    status: 204,
    headers: {
      ...CORS_HEADERS,
      Allow: "GET, HEAD, OPTIONS",
      "Access-Control-Allow-Methods": "GET, HEAD, OPTIONS",
      "Access-Control-Allow-Headers": "If-None-Match, Accept",
      "Access-Control-Max-Age": "86400",
    },
  });
}
