import type { Metadata } from "next";
import { videosListingMetadata } from "@/components/video/video-metadata";
import { VideosView } from "@/components/video/videos-view";
import { pageFromSegment } from "@/lib/page-route";
import { parsePageSegment } from "@/lib/pagination";

export function generateStaticParams() {
  return [{ page: "2" }];
}

export async function generateMetadata({ params }: PageProps<"/videos/page/[page]">): Promise<Metadata> {
  return videosListingMetadata(parsePageSegment((await params).page) ?? 1);
}

export default async function VideosFeedPage({ params }: PageProps<"/videos/page/[page]">) {
  const page = pageFromSegment((await params).page, "/videos");
  return <VideosView page={page} />;
}
