import "server-only";
import { headers } from "next/headers";
import { consumeIpLimit, PUBLIC_LIMITS } from "@/lib/api/public/rate-limit";
import { env } from "@/lib/env";
import { clientIp } from "@/lib/http/request";
import type { SearchRequest } from "@/lib/search/query";
import { loadSearch } from "./search-data";
import type { SearchPageState } from "./search-view";

/**
 * The search page's answer, counted against the reader's per-IP search limit (an empty search
 * costs nothing and is not counted). Reads the request headers, so it runs per request; the
 * search itself comes from the cache when it can.
 */
export async function searchPageState(request: SearchRequest): Promise<SearchPageState> {
  if (request.q !== "") {
    // clientIp reads only the headers; a page has no Request, so one is built around them.
    const ip = clientIp(new Request(env().SITE_URL, { headers: await headers() }));
    const limit = await consumeIpLimit(PUBLIC_LIMITS.search, ip);
    if (!limit.allowed) return { kind: "throttled", retryAfter: limit.resetSeconds };
  }
  return { kind: "answer", answer: await loadSearch(request) };
}
