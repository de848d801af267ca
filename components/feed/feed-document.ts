import { createHash } from "node:crypto";
import { getFeedScope, listFeedArticles, type FeedScopeKind } from "@/lib/db/feeds";
import type { FeedFormat } from "@/lib/feeds/links";
import { buildFeedDocument, type SiteInfo } from "@/lib/feeds/model";
import { renderFeed } from "@/lib/feeds/render";
import { siteInfo } from "@/lib/feeds/site";

export interface RenderedDocument {
  body: string;
  /** Weak, because the server may compress the body on the way out. */
  etag: string;
}

/** A response body with its validator, for conditional requests from feed readers and crawlers. */
export function withEtag(body: string): RenderedDocument {
  const digest = createHash("sha256").update(body).digest("base64url").slice(0, 32);
  return { body, etag: `W/"${digest}"` };
}

/**
 * The feed of one scope in one format, or null when the category, zone or user does not
 * exist. Uncached: components/feed/feed-data.ts caches it; tests call it directly.
 */
export async function loadFeed(
  kind: FeedScopeKind,
  key: string | null,
  format: FeedFormat,
  site: SiteInfo = siteInfo(),
): Promise<RenderedDocument | null> {
  const scope = await getFeedScope(kind, key);
  if (!scope) return null;
  const articles = await listFeedArticles(scope);
  return withEtag(renderFeed(format, buildFeedDocument(scope, articles, site)));
}
