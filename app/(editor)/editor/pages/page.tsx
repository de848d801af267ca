import type { Metadata } from "next";
import { AdminPageHeader, DeletedNotice, firstParam } from "@/components/site-admin/admin-page";
import { PagesTable } from "@/components/site-admin/admin-lists";
import { ADMIN_ROLES, requireRole } from "@/lib/auth/guards";
import { listAdminPages } from "@/lib/db/pages";

export const metadata: Metadata = { title: "Pages", robots: { index: false } };

// Guarded before anything streams (the proxy already answers 404 to editors here).
export const instant = false;

export default async function EditorPagesPage({ searchParams }: PageProps<"/editor/pages">) {
  await requireRole(ADMIN_ROLES, "/editor/pages");
  const [{ deleted }, pages] = await Promise.all([searchParams, listAdminPages()]);
  return (
    <>
      <AdminPageHeader
        title="Pages"
        action={{ href: "/editor/pages/new", label: "New page" }}
        intro="About, Submission Guidelines, Terms, Privacy and the other pages linked from the footer."
      />
      <DeletedNotice deleted={firstParam(deleted)} />
      {pages.length === 0 ? (
        <p className="text-ink-soft">No content pages yet.</p>
      ) : (
        <PagesTable pages={pages} />
      )}
    </>
  );
}
