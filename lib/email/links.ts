import { siteInfo } from "@/lib/feeds/site";

/**
 * The absolute URL of a path on this site (SITE_URL), for links in emails, which are read far
 * away from the site and so can never be relative. `path` starts with "/".
 */
export function absoluteUrl(path: string): string {
  if (!path.startsWith("/") || path.startsWith("//")) {
    throw new Error(`absoluteUrl needs a path starting with one "/", got ${JSON.stringify(path)}`);
  }
  return `${siteInfo().url}${path}`;
}
