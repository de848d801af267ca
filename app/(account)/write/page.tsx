import type { Metadata } from "next";
import { WriteForm } from "@/components/write/write-form";
import { WriteShell } from "@/components/write/write-shell";
import { zoneGroups } from "@/components/write/zone-groups";
import { requireUser } from "@/lib/auth/guards";
import { listCategoriesWithZones } from "@/lib/db/categories";

export const metadata: Metadata = { title: "Post an Article", robots: { index: false } };

// Per member and per request; the guard runs before anything streams (a signed-out visitor is
// sent to log in by the proxy and, should that ever be bypassed, by requireUser).
export const instant = false;

export default async function PostArticlePage() {
  await requireUser("/write");
  const zones = zoneGroups(await listCategoriesWithZones());
  return (
    <WriteShell title="Post an Article">
      <WriteForm initial={null} zones={zones} />
    </WriteShell>
  );
}
