import type { RenderedDocument } from "./feed-document";

// HTTP responses shared by the feed and sitemap route handlers.

/**
 * Readers and crawlers may reuse a body for five minutes and serve it stale for ten more
 * while revalidating; the server-side copy refreshes every minute or on a write.
 */
export const FEED_CACHE_CONTROL = "public, max-age=300, stale-while-revalidate=600";

/** True when an If-None-Match header names this ETag (or is "*"). Weak comparison (RFC 9110 §13.1.2). */
export function matchesEtag(ifNoneMatch: string | null, etag: string): boolean {
  if (!ifNoneMatch) return false;
  const opaque = (tag: string) => tag.trim().replace(/^W\//, "");
  return ifNoneMatch.split(",").some((tag) => tag.trim() === "*" || opaque(tag) === opaque(etag));
}

/** 200 with the body, or 304 when the client already holds this version. */
export function documentResponse(request: Request, doc: RenderedDocument, contentType: string): Response {
  const headers = {
    "Cache-Control": FEED_CACHE_CONTROL,
    ETag: doc.etag,
    "X-Content-Type-Options": "nosniff",
  };
  if (matchesEtag(request.headers.get("if-none-match"), doc.etag)) {
    return new Response(null, { status: 304, headers });
  }
  return new Response(doc.body, { headers: { ...headers, "Content-Type": contentType } });
}

/**
 * A 404 that is not an HTML page: problem JSON (RFC 9457) for JSON clients, plain text for
 * XML ones. Short-lived in caches, so a zone created a minute later is reachable.
 */
export function notFoundResponse(detail: string, json: boolean): Response {
  const headers = { "Cache-Control": "public, max-age=60", "X-Content-Type-Options": "nosniff" };
  if (json) {
    return Response.json(
      { type: "about:blank", title: "Not Found", status: 404, detail },
      { status: 404, headers: { ...headers, "Content-Type": "application/problem+json; charset=utf-8" } },
    );
  }
  return new Response(`Not found: ${detail}\n`, {
    status: 404,
    headers: { ...headers, "Content-Type": "text/plain; charset=utf-8" },
  });
}
