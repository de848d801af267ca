import type { FeedScopeKind } from "@/lib/db/feeds";
import { feedLinks, type FeedFormat } from "@/lib/feeds/links";
import { feedContentType } from "@/lib/feeds/render";
import { getCachedRedirect } from "@/components/site-admin/moved-data";
import { getCachedFeed } from "./feed-data";
import { hasControlCharacters } from "@/lib/http/request";
import { documentResponse, notFoundResponse } from "./responses";

// GET handlers of the feed routes (app/**/feed.xml, atom.xml, feed.json). Each route file
// only picks its scope and format. The handlers read the request (If-None-Match), so they run
// per request; the body itself comes from the cache (components/feed/feed-data.ts).

/** Longer keys cannot be a slug or username; answering 404 early keeps junk out of the cache. */
const MAX_KEY_LENGTH = 200;

/** Could be a slug or username: short, and no control characters (PostgreSQL refuses a NUL). */
const plausible = (key: string) => key.length <= MAX_KEY_LENGTH && !hasControlCharacters(key);

async function respond(
  request: Request,
  kind: FeedScopeKind,
  key: string | null,
  format: FeedFormat,
): Promise<Response> {
  const feed = key === null || plausible(key) ? await getCachedFeed(kind, key, format) : null;
  if (!feed) {
    // A renamed zone or category keeps its old feed URLs working: feed readers follow a 308.
    const base = kind === "zone" ? "/zones" : kind === "category" ? "/categories" : null;
    const moved = base && key !== null && plausible(key) ? await getCachedRedirect(`${base}/${key}`) : null;
    if (moved) {
      // Root-relative: the request's own host may be an internal one behind a proxy.
      const headers = { Location: feedLinks(moved)[format], "Cache-Control": "public, max-age=300" };
      return new Response(null, { status: 308, headers });
    }
    return notFoundResponse(`no such ${kind}`, format === "json");
  }
  return documentResponse(request, feed, feedContentType(format));
}

/** The whole site's feed: `export const GET = siteFeedHandler("rss")`. */
export function siteFeedHandler(format: FeedFormat) {
  return (request: Request) => respond(request, "site", null, format);
}

type ScopeKind = Exclude<FeedScopeKind, "site">;
type ScopeParams<K extends ScopeKind> = K extends "user" ? { username: string } : { slug: string };

/** A category, zone or author feed: `export const GET = scopedFeedHandler("zone", "atom")`. */
export function scopedFeedHandler<K extends ScopeKind>(kind: K, format: FeedFormat) {
  return async (request: Request, context: { params: Promise<ScopeParams<K>> }) => {
    const params: { slug: string } | { username: string } = await context.params;
    const key = "username" in params ? params.username : params.slug;
    return respond(request, kind, key, format);
  };
}
