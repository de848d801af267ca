import type { Metadata } from "next";
import { AdminPageHeader } from "@/components/site-admin/admin-page";
import { PageForm } from "@/components/site-admin/page-form";
import { ADMIN_ROLES, requireRole } from "@/lib/auth/guards";

export const metadata: Metadata = { title: "New page", robots: { index: false } };

export const instant = false;

export default async function NewContentPage() {
  await requireRole(ADMIN_ROLES, "/editor/pages/new");
  return (
    <>
      <AdminPageHeader title="New page" back={{ href: "/editor/pages", label: "Pages" }} />
      <PageForm saved={null} />
    </>
  );
}
