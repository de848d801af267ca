import type { Metadata } from "next";
import { MembersView } from "@/components/editor/members-view";
import { EDITORIAL_ROLES, requireRole } from "@/lib/auth/guards";
import { MEMBER_QUERY_MAX_LENGTH, searchMembers } from "@/lib/db/members";
import { parsePageSegment } from "@/lib/pagination";

export const metadata: Metadata = { title: "Members", robots: { index: false } };

// Guarded before anything streams (real 404 for members); see the dashboard page.
export const instant = false;

function single(value: string | string[] | undefined): string {
  return (Array.isArray(value) ? value[0] : value) ?? "";
}

export default async function EditorMembersPage({ searchParams }: PageProps<"/editor/members">) {
  const actor = await requireRole(EDITORIAL_ROLES, "/editor/members");
  const params = await searchParams;
  const query = single(params.q).trim().slice(0, MEMBER_QUERY_MAX_LENGTH);
  const page = parsePageSegment(single(params.page)) ?? 1;
  const result = await searchMembers(query, page);
  return <MembersView actor={{ id: actor.id, role: actor.role }} query={query} result={result} />;
}
