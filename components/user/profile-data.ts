import { cacheLife, cacheTag } from "next/cache";
import { TAGS } from "@/lib/cache/tags";
import { findRedirect } from "@/lib/db/redirects";
import { getPublicProfile, type PublicProfile } from "@/lib/db/users";

// Cached reads for the public profile pages, shared by every reader and invalidated by
// TAGS.user(username) (profile edits, suspension) and TAGS.articles (the article count).

export async function getCachedPublicProfile(username: string): Promise<PublicProfile | null> {
  "use cache";
  cacheLife("hours");
  cacheTag(TAGS.user(username), TAGS.articles);
  return getPublicProfile(username);
}

/**
 * Where an old profile URL now lives. Tagged with the OLD username: the rename that writes
 * the Redirect row revalidates TAGS.user(oldUsername), which drops this cached "no redirect".
 */
export async function getCachedProfileRedirect(username: string): Promise<string | null> {
  "use cache";
  cacheLife("hours");
  cacheTag(TAGS.user(username));
  return findRedirect(`/users/${username}`);
}
