import { cacheLife, cacheTag } from "next/cache";
import { permanentRedirect } from "next/navigation";
import { REDIRECTS_TAG } from "@/lib/cache/tags";
import { findRedirect } from "@/lib/db/redirects";

// Reader pages whose slug is unknown ask here whether an admin renamed it (Redirect rows written
// by site management) before answering 404. Cached like the pages themselves; every slug change
// and deletion expires REDIRECTS_TAG, so a rename is followed on the next request.

/** Where the page at `path` (a category, zone, event, video or content page) now lives, or null. */
export async function getCachedRedirect(path: string): Promise<string | null> {
  "use cache";
  cacheLife("hours");
  cacheTag(REDIRECTS_TAG);
  return findRedirect(path);
}

/**
 * Sends the reader on (308) when `path` was renamed, keeping what followed it (`/page/3`,
 * `/calendar.ics`); returns when it was not, so the caller answers 404. Next 16 repeats the
 * Location header of a redirect replayed from its cache (vercel/next.js#82117); browsers accept
 * two identical values, but a proxy that merges headers must not join them.
 */
export async function redirectIfMoved(path: string, rest = ""): Promise<void> {
  const moved = await getCachedRedirect(path);
  if (moved) permanentRedirect(`${moved}${rest}`);
}
