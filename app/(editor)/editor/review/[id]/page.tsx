import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ReviewView } from "@/components/review/review-view";
import { parseRouteId } from "@/lib/api/route-id";
import { EDITORIAL_ROLES, requireRole } from "@/lib/auth/guards";
import { loadReview } from "@/lib/editorial/review";

export const metadata: Metadata = { title: "Review submission", robots: { index: false } };

// Guarded before anything streams (real 404 for members, redirect to log in when signed out);
// see the dashboard page.
export const instant = false;

export default async function ReviewPage({ params }: PageProps<"/editor/review/[id]">) {
  const raw = (await params).id;
  await requireRole(EDITORIAL_ROLES, `/editor/review/${encodeURIComponent(raw)}`);
  const id = parseRouteId(raw);
  const review = id === null ? null : await loadReview(id);
  if (!review) notFound();
  return <ReviewView review={review} now={new Date()} />;
}
