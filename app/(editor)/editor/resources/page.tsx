import type { Metadata } from "next";
import { ResourcesView } from "@/components/resource-admin/resources-view";
import { EDITORIAL_ROLES, requireRole } from "@/lib/auth/guards";
import { listResourcesForEditor, RESOURCE_QUERY_MAX_LENGTH } from "@/lib/db/resource-admin";
import { parsePageSegment } from "@/lib/pagination";
import { RESOURCE_KINDS } from "@/lib/resources/input";

export const metadata: Metadata = { title: "Refcards & Trend Reports", robots: { index: false } };

// Guarded before anything streams (real 404 for members); see the dashboard page.
export const instant = false;

function single(value: string | string[] | undefined): string {
  return (Array.isArray(value) ? value[0] : value) ?? "";
}

export default async function EditorResourcesPage({ searchParams }: PageProps<"/editor/resources">) {
  await requireRole(EDITORIAL_ROLES, "/editor/resources");
  const params = await searchParams;
  const rawKind = single(params.kind);
  const kind = RESOURCE_KINDS.find((k) => k === rawKind) ?? null;
  const query = single(params.q).trim().slice(0, RESOURCE_QUERY_MAX_LENGTH);
  const page = parsePageSegment(single(params.page)) ?? 1;
  const result = await listResourcesForEditor({ kind, query, page });
  return <ResourcesView kind={kind} query={query} result={result} />;
}
