import type { Metadata } from "next";
import { AdminPageHeader } from "@/components/site-admin/admin-page";
import { VideoForm } from "@/components/site-admin/video-form";
import { zoneOptionGroups } from "@/components/site-admin/zone-options";
import { EDITORIAL_ROLES, requireRole } from "@/lib/auth/guards";
import { listCategoriesWithZones } from "@/lib/db/categories";

export const metadata: Metadata = { title: "New video", robots: { index: false } };

export const instant = false;

export default async function NewVideoPage() {
  await requireRole(EDITORIAL_ROLES, "/editor/videos/new");
  const zones = zoneOptionGroups(await listCategoriesWithZones());
  return (
    <>
      <AdminPageHeader title="New video" back={{ href: "/editor/videos", label: "Videos" }} />
      <VideoForm saved={null} zones={zones} />
    </>
  );
}
