import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { AdminPageHeader, firstParam } from "@/components/site-admin/admin-page";
import { toVideoDto } from "@/components/site-admin/dto";
import { VideoForm } from "@/components/site-admin/video-form";
import { zoneOptionGroups } from "@/components/site-admin/zone-options";
import { parseRouteId } from "@/lib/api/route-id";
import { EDITORIAL_ROLES, requireRole } from "@/lib/auth/guards";
import { listCategoriesWithZones } from "@/lib/db/categories";
import { getAdminVideo } from "@/lib/db/site-admin-videos";

export const metadata: Metadata = { title: "Edit video", robots: { index: false } };

// Blocking: an unknown id is a real 404, which needs the lookup before the response starts.
export const instant = false;

export default async function EditVideoPage({ params, searchParams }: PageProps<"/editor/videos/[id]">) {
  const { id: raw } = await params;
  await requireRole(EDITORIAL_ROLES, `/editor/videos/${encodeURIComponent(raw)}`);
  const id = parseRouteId(raw);
  const video = id === null ? null : await getAdminVideo(id);
  if (!video) notFound();
  const [categories, { created }] = await Promise.all([listCategoriesWithZones(), searchParams]);
  return (
    <>
      <AdminPageHeader title={`Edit ${video.title}`} back={{ href: "/editor/videos", label: "Videos" }} />
      <VideoForm
        key={video.id}
        saved={toVideoDto(video)}
        zones={zoneOptionGroups(categories)}
        created={firstParam(created) === "1"}
      />
    </>
  );
}
