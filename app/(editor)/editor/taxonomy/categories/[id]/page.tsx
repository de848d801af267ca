import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { AdminPageHeader, firstParam } from "@/components/site-admin/admin-page";
import { CategoryForm } from "@/components/site-admin/category-form";
import { toCategoryDto } from "@/components/site-admin/dto";
import { parseRouteId } from "@/lib/api/route-id";
import { ADMIN_ROLES, requireRole } from "@/lib/auth/guards";
import { getAdminCategory } from "@/lib/db/site-admin-categories";

export const metadata: Metadata = { title: "Edit category", robots: { index: false } };

// Blocking: an unknown id is a real 404, which needs the lookup before the response starts.
export const instant = false;

export default async function EditCategoryPage({
  params,
  searchParams,
}: PageProps<"/editor/taxonomy/categories/[id]">) {
  const { id: raw } = await params;
  await requireRole(ADMIN_ROLES, `/editor/taxonomy/categories/${encodeURIComponent(raw)}`);
  const id = parseRouteId(raw);
  const category = id === null ? null : await getAdminCategory(id);
  if (!category) notFound();
  const { created } = await searchParams;
  return (
    <>
      <AdminPageHeader
        title={`Edit ${category.name}`}
        back={{ href: "/editor/taxonomy", label: "Categories & zones" }}
      />
      <CategoryForm key={category.id} saved={toCategoryDto(category)} created={firstParam(created) === "1"} />
    </>
  );
}
