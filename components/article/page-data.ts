import { cacheLife, cacheTag } from "next/cache";
import { getPageBySlug, type ContentPage } from "@/lib/db/pages";
import { TAGS } from "@/lib/cache/tags";

export async function getCachedPage(slug: string): Promise<ContentPage | null> {
  "use cache";
  cacheLife("days");
  cacheTag(TAGS.page(slug));
  return getPageBySlug(slug);
}
