import Link from "next/link";
import { VideoThumbnail } from "@/components/video/video-thumbnail";
import type { VideoSummary } from "@/lib/db/videos";
import { formatDate } from "@/lib/format";

/** One video in the library: thumbnail with duration, title, date, zone and summary. */
export function VideoCard({ video }: { video: VideoSummary }) {
  const href = `/videos/${video.slug}`;
  return (
    <article className="flex flex-col">
      {/* The title link below names the video; this one only repeats it for pointer users. */}
      <Link href={href} tabIndex={-1} aria-hidden="true" className="block">
        <VideoThumbnail provider={video.provider} durationSeconds={video.durationSeconds} />
      </Link>
      <h2 className="text-ink mt-3 text-base leading-snug font-semibold">
        <Link href={href} className="hover:text-brand-600 hover:underline">
          {video.title}
        </Link>
      </h2>
      <p className="text-muted mt-1 flex flex-wrap items-center gap-x-2 text-sm">
        <time dateTime={video.publishedAt.toISOString()}>{formatDate(video.publishedAt)}</time>
        {video.zone && (
          <>
            <span aria-hidden="true">·</span>
            <Link href={`/zones/${video.zone.slug}`} className="hover:text-brand-600 hover:underline">
              {video.zone.name}
            </Link>
          </>
        )}
      </p>
      {video.summary && <p className="text-ink-soft mt-2 line-clamp-3 text-sm">{video.summary}</p>}
    </article>
  );
}
