import type { Metadata } from "next";
import { ManagedArticlesView, TAB_STATUS, type ManagedTab } from "@/components/review/managed-articles-view";
import { EDITORIAL_ROLES, requireRole } from "@/lib/auth/guards";
import { listManagedArticles, MANAGED_QUERY_MAX_LENGTH } from "@/lib/db/editorial-articles";
import { parsePageSegment } from "@/lib/pagination";

export const metadata: Metadata = { title: "Articles", robots: { index: false } };

// Guarded before anything streams (real 404 for members); see the dashboard page.
export const instant = false;

function single(value: string | string[] | undefined): string {
  return (Array.isArray(value) ? value[0] : value) ?? "";
}

export default async function EditorArticlesPage({ searchParams }: PageProps<"/editor/articles">) {
  await requireRole(EDITORIAL_ROLES, "/editor/articles");
  const params = await searchParams;
  const tab: ManagedTab = single(params.status) === "unpublished" ? "unpublished" : "published";
  const query = single(params.q).trim().slice(0, MANAGED_QUERY_MAX_LENGTH);
  const page = parsePageSegment(single(params.page)) ?? 1;
  const result = await listManagedArticles(TAB_STATUS[tab], query, page);
  return <ManagedArticlesView tab={tab} query={query} result={result} />;
}
