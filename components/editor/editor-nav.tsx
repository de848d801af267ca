import { Suspense } from "react";
import { TabNav, type TabLink } from "@/components/ui/tab-nav";
import { getCurrentUser } from "@/lib/auth/guards";

const editorLinks: readonly TabLink[] = [
  { href: "/editor", label: "Dashboard" },
  { href: "/editor/articles", label: "Articles", section: true },
  { href: "/editor/curation", label: "Curation", section: true },
  { href: "/editor/resources", label: "Refcards & reports", section: true },
  { href: "/editor/events", label: "Events", section: true },
  { href: "/editor/videos", label: "Videos", section: true },
  { href: "/editor/members", label: "Members", section: true },
];

// Admin-only pages (lib/auth/gate.ts ADMIN_AREA answers 404 to editors).
const adminLinks: readonly TabLink[] = [
  { href: "/editor/taxonomy", label: "Categories & zones", section: true },
  { href: "/editor/pages", label: "Pages", section: true },
  { href: "/editor/outbox", label: "Outbox", section: true },
];

async function RoleNav() {
  const user = await getCurrentUser();
  return (
    <TabNav label="Editor" links={user?.role === "ADMIN" ? [...editorLinks, ...adminLinks] : editorLinks} />
  );
}

/** The editor area's sub-navigation; admins also see the admin-only pages. */
export function EditorNav() {
  return (
    <Suspense fallback={<TabNav label="Editor" links={editorLinks} />}>
      <RoleNav />
    </Suspense>
  );
}
