import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { AdminPageHeader, firstParam } from "@/components/site-admin/admin-page";
import { toPageDto } from "@/components/site-admin/dto";
import { PageForm } from "@/components/site-admin/page-form";
import { parseRouteId } from "@/lib/api/route-id";
import { ADMIN_ROLES, requireRole } from "@/lib/auth/guards";
import { getAdminPage } from "@/lib/db/pages";

export const metadata: Metadata = { title: "Edit page", robots: { index: false } };

// Blocking: an unknown id is a real 404, which needs the lookup before the response starts.
export const instant = false;

export default async function EditContentPage({ params, searchParams }: PageProps<"/editor/pages/[id]">) {
  const { id: raw } = await params;
  await requireRole(ADMIN_ROLES, `/editor/pages/${encodeURIComponent(raw)}`);
  const id = parseRouteId(raw);
  const page = id === null ? null : await getAdminPage(id);
  if (!page) notFound();
  const { created } = await searchParams;
  return (
    <>
      <AdminPageHeader title={`Edit ${page.title}`} back={{ href: "/editor/pages", label: "Pages" }} />
      <PageForm key={page.id} saved={toPageDto(page)} created={firstParam(created) === "1"} />
    </>
  );
}
