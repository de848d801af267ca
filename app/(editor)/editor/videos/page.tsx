import type { Metadata } from "next";
import { AdminPageHeader, DeletedNotice, firstParam } from "@/components/site-admin/admin-page";
import { PrevNextPager } from "@/components/editor/prev-next-pager";
import { VideosTable } from "@/components/site-admin/admin-lists";
import { EDITORIAL_ROLES, requireRole } from "@/lib/auth/guards";
import { ADMIN_VIDEOS_PAGE_SIZE, listAdminVideos } from "@/lib/db/site-admin-videos";
import { parsePageSegment } from "@/lib/pagination";

export const metadata: Metadata = { title: "Videos", robots: { index: false } };

// Guarded before anything streams (real 404 for members); see the dashboard page.
export const instant = false;

export default async function EditorVideosPage({ searchParams }: PageProps<"/editor/videos">) {
  await requireRole(EDITORIAL_ROLES, "/editor/videos");
  const params = await searchParams;
  const page = parsePageSegment(firstParam(params.page)) ?? 1;
  const { videos, total } = await listAdminVideos(page);
  const pages = Math.max(1, Math.ceil(total / ADMIN_VIDEOS_PAGE_SIZE));
  return (
    <>
      <AdminPageHeader
        title="Videos"
        action={{ href: "/editor/videos/new", label: "New video" }}
        intro="The Video Library embeds YouTube and Vimeo videos only, in their privacy-enhanced players."
      />
      <DeletedNotice deleted={firstParam(params.deleted)} />
      {videos.length === 0 ? (
        <p className="text-ink-soft">No videos on this page.</p>
      ) : (
        <VideosTable videos={videos} />
      )}
      <PrevNextPager
        page={page}
        pages={pages}
        href={(n) => (n > 1 ? `/editor/videos?page=${n}` : "/editor/videos")}
      />
    </>
  );
}
