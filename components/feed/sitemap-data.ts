import { cacheLife, cacheTag } from "next/cache";
import { TAGS } from "@/lib/cache/tags";
import type { RenderedDocument } from "./feed-document";
import { loadSitemapPart, loadSitemapRoot } from "./sitemap-document";

// Crawlers fetch sitemaps rarely and a part can hold 50,000 URLs, so they are cached for
// hours; every write that adds or removes a public page invalidates one of these tags.
const SITEMAP_TAGS = [TAGS.sitemap, TAGS.articles, TAGS.categories, TAGS.resources, TAGS.events, TAGS.videos];

export async function getCachedSitemapRoot(): Promise<RenderedDocument> {
  "use cache";
  cacheLife("hours");
  cacheTag(...SITEMAP_TAGS);
  return loadSitemapRoot();
}

export async function getCachedSitemapPart(part: number): Promise<RenderedDocument | null> {
  "use cache";
  cacheLife("hours");
  cacheTag(...SITEMAP_TAGS);
  return loadSitemapPart(part);
}
