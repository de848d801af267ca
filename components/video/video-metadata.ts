import type { Metadata } from "next";
import type { VideoDetail } from "@/lib/db/videos";
import { pageHref } from "@/lib/pagination";

const DESCRIPTION = "Talks, live demos and whiteboard sessions for developers, newest first.";

export function videosListingMetadata(page: number): Metadata {
  const title = page > 1 ? `Video Library — page ${page}` : "Video Library";
  const url = pageHref("/videos", page);
  return {
    title,
    description: DESCRIPTION,
    alternates: { canonical: url },
    openGraph: { type: "website", title, description: DESCRIPTION, url },
  };
}

export function videoMetadata(video: VideoDetail | null): Metadata {
  if (!video) return { title: "Video not found" };
  const url = `/videos/${video.slug}`;
  const description = video.summary || undefined;
  return {
    title: video.title,
    description,
    alternates: { canonical: url },
    openGraph: {
      type: "video.other",
      title: video.title,
      description,
      url,
      // No provider thumbnail is claimed: see VideoThumbnail for why none is loaded.
    },
  };
}
