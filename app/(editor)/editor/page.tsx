import type { Metadata } from "next";
import { DashboardView } from "@/components/editor/dashboard-view";
import { EDITORIAL_ROLES, requireRole } from "@/lib/auth/guards";
import { getEditorDashboardCounts, listReviewQueue, listScheduled } from "@/lib/db/editor";

export const metadata: Metadata = { title: "Editor Dashboard", robots: { index: false } };

// The guard runs before anything streams, so a member gets a real 404 and a signed-out visitor a
// redirect to log in; the page is per-request and allowed to block on it.
export const instant = false;

export default async function EditorDashboardPage() {
  await requireRole(EDITORIAL_ROLES, "/editor");
  const now = new Date();
  const [counts, queue, scheduled] = await Promise.all([
    getEditorDashboardCounts(now),
    listReviewQueue(),
    listScheduled(),
  ]);
  return <DashboardView counts={counts} queue={queue} scheduled={scheduled} now={now} />;
}
