import { videosListingMetadata } from "@/components/video/video-metadata";
import { VideosView } from "@/components/video/videos-view";

export const metadata = videosListingMetadata(1);

export default function VideosPage() {
  return <VideosView page={1} />;
}
