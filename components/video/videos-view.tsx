import Link from "next/link";
import { notFound } from "next/navigation";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { VideoCard } from "@/components/video/video-card";
import { getCachedVideoPage } from "@/components/video/video-data";
import { Container } from "@/components/ui/container";
import { Pager } from "@/components/ui/pager";
import { totalPages } from "@/lib/pagination";

/** `/videos` at `page`: newest first, 20 a page; 404 past the last page. */
export async function VideosView({ page }: { page: number }) {
  const { videos, total } = await getCachedVideoPage(page);
  if (page > 1 && videos.length === 0) notFound();

  return (
    <Container className="py-8">
      <Breadcrumbs items={[{ name: "Home", href: "/" }, { name: "Video Library" }]} />
      <h1 className="text-ink mt-1 text-3xl font-extrabold">
        Video Library{page > 1 ? ` — page ${page}` : ""}
      </h1>
      <p className="text-ink-soft mt-2 max-w-prose">
        Talks, live demos and whiteboard sessions from the community, newest first.
      </p>
      {videos.length === 0 ? (
        <p className="text-muted mt-8 text-sm">
          No videos have been published yet. Recordings appear here as soon as an editor publishes them —
          meanwhile, see the{" "}
          <Link href="/events" className="text-brand-600 hover:underline">
            upcoming events
          </Link>
          .
        </p>
      ) : (
        <ul className="mt-6 grid gap-x-6 gap-y-8 sm:grid-cols-2 lg:grid-cols-3">
          {videos.map((video) => (
            <li key={video.id}>
              <VideoCard video={video} />
            </li>
          ))}
        </ul>
      )}
      <Pager basePath="/videos" current={page} pages={totalPages(total)} />
    </Container>
  );
}
