import type { Metadata } from "next";
import { AdminPageHeader } from "@/components/site-admin/admin-page";
import { CategoryForm } from "@/components/site-admin/category-form";
import { ADMIN_ROLES, requireRole } from "@/lib/auth/guards";

export const metadata: Metadata = { title: "New category", robots: { index: false } };

export const instant = false;

export default async function NewCategoryPage() {
  await requireRole(ADMIN_ROLES, "/editor/taxonomy/categories/new");
  return (
    <>
      <AdminPageHeader
        title="New category"
        back={{ href: "/editor/taxonomy", label: "Categories & zones" }}
      />
      <CategoryForm saved={null} />
    </>
  );
}
