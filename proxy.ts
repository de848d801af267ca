import { NextResponse, type NextRequest } from "next/server";
import { gateMemberArea, MEMBER_AREA } from "@/lib/auth/gate";
import { goneResponse, isGoneArticle } from "@/lib/editorial/gone-articles";
import { REQUEST_ID_HEADER, requestIdFrom } from "@/lib/http/request-id";
import { pageQueryTarget } from "@/lib/pagination";

const ARTICLE_PAGE = /^\/articles\/([^/]+)\/?$/;

/**
 * An unpublished article answers 410 Gone with a friendly page; every other article page goes
 * on to its (cached) route. The check is in memory, not a database query per view.
 */
async function gateArticle(rawSlug: string): Promise<NextResponse> {
  let slug: string;
  try {
    slug = decodeURIComponent(rawSlug);
  } catch {
    return NextResponse.next();
  }
  return (await isGoneArticle(slug)) ? goneResponse() : NextResponse.next();
}

/** API requests get an id for their log lines, passed on to the handler and sent back. */
function tagApiRequest(request: NextRequest): NextResponse {
  const id = requestIdFrom(request.headers.get(REQUEST_ID_HEADER));
  const headers = new Headers(request.headers);
  headers.set(REQUEST_ID_HEADER, id);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set(REQUEST_ID_HEADER, id);
  return response;
}

export async function proxy(request: NextRequest) {
  if (request.nextUrl.pathname.startsWith("/api/")) return tagApiRequest(request);
  if (MEMBER_AREA.test(request.nextUrl.pathname)) return gateMemberArea(request);
  const article = ARTICLE_PAGE.exec(request.nextUrl.pathname);
  if (article) return gateArticle(article[1]!);
  // Feeds keep their page number in the path (/zones/x/page/3) so every page is its own
  // cacheable URL. Links elsewhere on the web may still use ?page=N: send them to the path-based
  // page with a permanent redirect (a malformed or out-of-range number then answers the route's
  // clean 404).
  const raw = request.nextUrl.searchParams.get("page") ?? "";
  const pathname = request.nextUrl.pathname.replace(/\/+$/, "") || "/";
  const target = new URL(pageQueryTarget(pathname, raw), request.nextUrl.origin);
  return NextResponse.redirect(target, 308);
}

// Next reads `config` statically, so the matcher is spelled out literally.
export const config = {
  matcher: [
    "/api/:path*",
    "/settings/:path*",
    "/drafts/:path*",
    "/write/:path*",
    "/editor/:path*",
    "/articles/:slug",
    { source: "/articles", has: [{ type: "query", key: "page" }] },
    { source: "/categories/:slug", has: [{ type: "query", key: "page" }] },
    { source: "/zones/:slug", has: [{ type: "query", key: "page" }] },
    { source: "/users/:username", has: [{ type: "query", key: "page" }] },
    { source: "/refcards", has: [{ type: "query", key: "page" }] },
    { source: "/trend-reports", has: [{ type: "query", key: "page" }] },
    { source: "/videos", has: [{ type: "query", key: "page" }] },
    { source: "/events", has: [{ type: "query", key: "page" }] },
  ],
};
