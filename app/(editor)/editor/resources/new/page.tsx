import type { Metadata } from "next";
import { ResourceEditor } from "@/components/resource-admin/resource-editor";
import { zoneGroups } from "@/components/write/zone-groups";
import { EDITORIAL_ROLES, requireRole } from "@/lib/auth/guards";
import { listCategoriesWithZones } from "@/lib/db/categories";
import { nextRefcardNumber } from "@/lib/db/resource-admin";

export const metadata: Metadata = { title: "New Refcard or Trend Report", robots: { index: false } };

// Guarded before anything streams (real 404 for members); see the dashboard page.
export const instant = false;

export default async function NewResourcePage({ searchParams }: PageProps<"/editor/resources/new">) {
  await requireRole(EDITORIAL_ROLES, "/editor/resources/new");
  const kind = (await searchParams).kind === "TREND_REPORT" ? "TREND_REPORT" : "REFCARD";
  const [categories, nextNumber] = await Promise.all([listCategoriesWithZones(), nextRefcardNumber()]);
  return (
    <ResourceEditor
      kind={kind}
      initial={null}
      zones={zoneGroups(categories)}
      nextNumber={nextNumber}
      history={null}
    />
  );
}
