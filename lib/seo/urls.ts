import { env } from "@/lib/env";

/** `path` (root-relative) as an absolute URL on SITE_URL; absolute URLs are returned unchanged. */
export function absoluteUrl(path: string): string {
  return new URL(path, env().SITE_URL).toString();
}

/** The public URL of an article page. */
export function articleUrl(slug: string): string {
  return absoluteUrl(`/articles/${encodeURIComponent(slug)}`);
}

/** The public URL of a member's profile. */
export function profileUrl(username: string): string {
  return absoluteUrl(`/users/${encodeURIComponent(username)}`);
}
