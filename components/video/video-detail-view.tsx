import Link from "next/link";
import { notFound } from "next/navigation";
import { redirectIfMoved } from "@/components/site-admin/moved-data";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { formatDuration, isoDuration } from "@/components/video/duration";
import { videoProviderName } from "@/components/video/embed-url";
import { VideoEmbed } from "@/components/video/video-embed";
import { getCachedVideo } from "@/components/video/video-data";
import { Container } from "@/components/ui/container";
import { formatDate } from "@/lib/format";

/**
 * A video's page: the privacy-enhanced player, title, summary, duration and zone. A renamed
 * video's old slug redirects; 404 when unknown (or not published).
 */
export async function VideoDetailView({ slug }: { slug: string }) {
  const video = await getCachedVideo(slug);
  if (!video) {
    await redirectIfMoved(`/videos/${slug}`);
    notFound();
  }

  return (
    <Container className="py-8">
      <Breadcrumbs
        items={[
          { name: "Home", href: "/" },
          { name: "Video Library", href: "/videos" },
          { name: video.title },
        ]}
      />
      <article className="mt-4 max-w-4xl">
        <VideoEmbed provider={video.provider} providerId={video.providerId} title={video.title} />
        <header className="mt-6">
          {video.zone && (
            <Link
              href={`/zones/${video.zone.slug}`}
              className="text-brand-600 text-sm font-semibold hover:underline"
            >
              {video.zone.name}
            </Link>
          )}
          <h1 className="text-ink mt-1 text-3xl leading-tight font-extrabold">{video.title}</h1>
          <p className="text-muted mt-2 flex flex-wrap items-center gap-x-2 text-sm">
            <time dateTime={video.publishedAt.toISOString()}>{formatDate(video.publishedAt)}</time>
            <span aria-hidden="true">·</span>
            <span>
              Duration{" "}
              <time dateTime={isoDuration(video.durationSeconds)}>
                {formatDuration(video.durationSeconds)}
              </time>
            </span>
            <span aria-hidden="true">·</span>
            <span>{videoProviderName(video.provider)}</span>
          </p>
        </header>
        {video.summary && <p className="text-ink-soft mt-4 max-w-prose text-lg">{video.summary}</p>}
      </article>
    </Container>
  );
}
