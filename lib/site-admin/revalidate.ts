import "server-only";
import { revalidateTag } from "next/cache";

/**
 * Expires `tags` at once (not stale-while-revalidate): the next reader request, the admin's
 * own "view on the site" included, renders from the database instead of showing the old page.
 */
export function expireTags(tags: Iterable<string>): void {
  for (const tag of new Set(tags)) revalidateTag(tag, { expire: 0 });
}
