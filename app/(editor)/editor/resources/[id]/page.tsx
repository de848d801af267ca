import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ResourceEditor } from "@/components/resource-admin/resource-editor";
import { toResourceDto } from "@/components/resource-admin/resource-dto";
import { zoneGroups } from "@/components/write/zone-groups";
import { parseRouteId } from "@/lib/api/route-id";
import { EDITORIAL_ROLES, requireRole } from "@/lib/auth/guards";
import { listAuditFor } from "@/lib/db/audit";
import { listCategoriesWithZones } from "@/lib/db/categories";
import { getResourceForEdit, nextRefcardNumber } from "@/lib/db/resource-admin";

export const metadata: Metadata = { title: "Edit resource", robots: { index: false } };

// Guarded before anything streams (real 404 for members); see the dashboard page.
export const instant = false;

export default async function EditResourcePage({
  params,
  searchParams,
}: PageProps<"/editor/resources/[id]">) {
  const { id: rawId } = await params;
  await requireRole(EDITORIAL_ROLES, `/editor/resources/${rawId}`);
  const id = parseRouteId(rawId);
  const resource = id === null ? null : await getResourceForEdit(id);
  if (!resource) notFound();
  const [categories, nextNumber, history] = await Promise.all([
    listCategoriesWithZones(),
    nextRefcardNumber(),
    listAuditFor("Resource", resource.id),
  ]);
  return (
    <ResourceEditor
      kind={resource.kind}
      initial={toResourceDto(resource)}
      zones={zoneGroups(categories)}
      nextNumber={nextNumber}
      history={history}
      created={(await searchParams).created === "1"}
    />
  );
}
