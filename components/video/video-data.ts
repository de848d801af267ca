import { cacheLife, cacheTag } from "next/cache";
import { TAGS } from "@/lib/cache/tags";
import { PAGE_SIZE } from "@/lib/pagination";
import { getPublishedVideoBySlug, listVideoPage, type VideoDetail, type VideoPage } from "@/lib/db/videos";

// Cached reads of the Video Library. The clock decides what is published (a video may be
// scheduled); it is read inside these cached functions, so a scheduled video appears at most one
// cache lifetime late unless an editor's write invalidates TAGS.videos first.

export async function getCachedVideoPage(page: number): Promise<VideoPage> {
  "use cache";
  cacheLife("hours");
  cacheTag(TAGS.videos);
  return listVideoPage(page, PAGE_SIZE);
}

export async function getCachedVideo(slug: string): Promise<VideoDetail | null> {
  "use cache";
  cacheLife("hours");
  cacheTag(TAGS.videos, TAGS.video(slug));
  return getPublishedVideoBySlug(slug);
}
