import { NextResponse, type NextRequest } from "next/server";
import { gateMemberArea, MEMBER_AREA } from "@/lib/auth/gate";
import { pageQueryTarget } from "@/lib/pagination";

export async function proxy(request: NextRequest) {
  if (MEMBER_AREA.test(request.nextUrl.pathname)) return gateMemberArea(request);
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
    "/settings/:path*",
    "/drafts/:path*",
    "/write/:path*",
    "/editor/:path*",
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
