import type { MetadataRoute } from "next";

/** Signed-in and auth pages and the APIs: nothing there for a search index. */
export const DISALLOWED_PATHS = ["/editor", "/settings", "/api/", "/login", "/join"];

/** robots.txt: everything public may be crawled; the sitemap is named by absolute URL. */
export function robotsRules(siteUrl: string): MetadataRoute.Robots {
  return {
    rules: { userAgent: "*", allow: "/", disallow: DISALLOWED_PATHS },
    sitemap: `${siteUrl}/sitemap.xml`,
  };
}
