import type { Metadata } from "next";
import { AdminPageHeader, firstParam } from "@/components/site-admin/admin-page";
import { ZoneForm } from "@/components/site-admin/zone-form";
import { ADMIN_ROLES, requireRole } from "@/lib/auth/guards";
import { listCategoriesWithZones } from "@/lib/db/categories";

export const metadata: Metadata = { title: "New zone", robots: { index: false } };

export const instant = false;

export default async function NewZonePage({ searchParams }: PageProps<"/editor/taxonomy/zones/new">) {
  await requireRole(ADMIN_ROLES, "/editor/taxonomy/zones/new");
  const [{ category }, categories] = await Promise.all([searchParams, listCategoriesWithZones()]);
  const preselected = firstParam(category);
  return (
    <>
      <AdminPageHeader title="New zone" back={{ href: "/editor/taxonomy", label: "Categories & zones" }} />
      <ZoneForm
        saved={null}
        categories={categories}
        defaultCategoryId={categories.some((c) => String(c.id) === preselected) ? preselected : ""}
        articleCount={0}
      />
    </>
  );
}
