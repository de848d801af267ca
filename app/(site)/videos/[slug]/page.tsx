import type { Metadata } from "next";
import { getCachedVideo } from "@/components/video/video-data";
import { VideoDetailView } from "@/components/video/video-detail-view";
import { videoMetadata } from "@/components/video/video-metadata";
import { listRecentVideoSlugs } from "@/lib/db/videos";
import { slugParams } from "@/lib/static-params";

export async function generateStaticParams() {
  return slugParams(await listRecentVideoSlugs(20));
}

export async function generateMetadata({ params }: PageProps<"/videos/[slug]">): Promise<Metadata> {
  return videoMetadata(await getCachedVideo((await params).slug));
}

export default async function VideoPage({ params }: PageProps<"/videos/[slug]">) {
  return <VideoDetailView slug={(await params).slug} />;
}
