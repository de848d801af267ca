import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { AdminPageHeader, firstParam } from "@/components/site-admin/admin-page";
import { toZoneDto } from "@/components/site-admin/dto";
import { ZoneForm } from "@/components/site-admin/zone-form";
import { parseRouteId } from "@/lib/api/route-id";
import { ADMIN_ROLES, requireRole } from "@/lib/auth/guards";
import { listCategoriesWithZones } from "@/lib/db/categories";
import { countZoneArticles, getAdminZone } from "@/lib/db/site-admin-zones";

export const metadata: Metadata = { title: "Edit zone", robots: { index: false } };

// Blocking: an unknown id is a real 404, which needs the lookup before the response starts.
export const instant = false;

export default async function EditZonePage({
  params,
  searchParams,
}: PageProps<"/editor/taxonomy/zones/[id]">) {
  const { id: raw } = await params;
  await requireRole(ADMIN_ROLES, `/editor/taxonomy/zones/${encodeURIComponent(raw)}`);
  const id = parseRouteId(raw);
  const zone = id === null ? null : await getAdminZone(id);
  if (!zone) notFound();
  const [categories, articleCount, { created }] = await Promise.all([
    listCategoriesWithZones(),
    countZoneArticles(zone.id),
    searchParams,
  ]);
  return (
    <>
      <AdminPageHeader
        title={`Edit ${zone.name}`}
        back={{ href: "/editor/taxonomy", label: "Categories & zones" }}
      />
      <ZoneForm
        key={zone.id}
        saved={toZoneDto(zone)}
        categories={categories}
        defaultCategoryId={String(zone.categoryId)}
        articleCount={articleCount}
        created={firstParam(created) === "1"}
      />
    </>
  );
}
