import type { Metadata } from "next";
import { AdminPageHeader, DeletedNotice, firstParam } from "@/components/site-admin/admin-page";
import { PrevNextPager } from "@/components/editor/prev-next-pager";
import { EventsTable } from "@/components/site-admin/admin-lists";
import { EDITORIAL_ROLES, requireRole } from "@/lib/auth/guards";
import { ADMIN_EVENTS_PAGE_SIZE, listAdminEvents } from "@/lib/db/site-admin-events";
import { parsePageSegment } from "@/lib/pagination";

export const metadata: Metadata = { title: "Events", robots: { index: false } };

// Guarded before anything streams (real 404 for members); see the dashboard page.
export const instant = false;

export default async function EditorEventsPage({ searchParams }: PageProps<"/editor/events">) {
  await requireRole(EDITORIAL_ROLES, "/editor/events");
  const params = await searchParams;
  const page = parsePageSegment(firstParam(params.page)) ?? 1;
  const { events, total } = await listAdminEvents(page);
  const pages = Math.max(1, Math.ceil(total / ADMIN_EVENTS_PAGE_SIZE));
  return (
    <>
      <AdminPageHeader
        title="Events"
        action={{ href: "/editor/events/new", label: "New event" }}
        intro="Every event, latest start first. Readers see upcoming events on Events until they end."
      />
      <DeletedNotice deleted={firstParam(params.deleted)} />
      {events.length === 0 ? (
        <p className="text-ink-soft">No events on this page.</p>
      ) : (
        <EventsTable events={events} />
      )}
      <PrevNextPager
        page={page}
        pages={pages}
        href={(n) => (n > 1 ? `/editor/events?page=${n}` : "/editor/events")}
      />
    </>
  );
}
