import type { Metadata } from "next";
import { AdminPageHeader, DeletedNotice, firstParam } from "@/components/site-admin/admin-page";
import { toBoard } from "@/components/site-admin/board-data";
import { TaxonomyBoard } from "@/components/site-admin/taxonomy-board";
import { ADMIN_ROLES, requireRole } from "@/lib/auth/guards";
import { listTaxonomy } from "@/lib/db/site-admin-categories";

export const metadata: Metadata = { title: "Categories & zones", robots: { index: false } };

// Guarded before anything streams (the proxy already answers 404 to editors here).
export const instant = false;

export default async function TaxonomyPage({ searchParams }: PageProps<"/editor/taxonomy">) {
  await requireRole(ADMIN_ROLES, "/editor/taxonomy");
  const [{ deleted }, categories] = await Promise.all([searchParams, listTaxonomy()]);
  return (
    <>
      <AdminPageHeader
        title="Categories & zones"
        action={{ href: "/editor/taxonomy/categories/new", label: "New category" }}
        intro="The header menu, the home page and the zone directory list categories and their zones in this order. Changes show to readers on their next request."
      />
      <DeletedNotice deleted={firstParam(deleted)} />
      <TaxonomyBoard initial={toBoard(categories)} />
    </>
  );
}
