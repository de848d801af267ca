import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { AdminPageHeader, firstParam } from "@/components/site-admin/admin-page";
import { toEventDto } from "@/components/site-admin/dto";
import { EventForm } from "@/components/site-admin/event-form";
import { zoneOptionGroups } from "@/components/site-admin/zone-options";
import { parseRouteId } from "@/lib/api/route-id";
import { EDITORIAL_ROLES, requireRole } from "@/lib/auth/guards";
import { listCategoriesWithZones } from "@/lib/db/categories";
import { getAdminEvent } from "@/lib/db/site-admin-events";
import { knownTimeZones } from "@/lib/site-admin/time-zones";

export const metadata: Metadata = { title: "Edit event", robots: { index: false } };

// Blocking: an unknown id is a real 404, which needs the lookup before the response starts.
export const instant = false;

export default async function EditEventPage({ params, searchParams }: PageProps<"/editor/events/[id]">) {
  const { id: raw } = await params;
  await requireRole(EDITORIAL_ROLES, `/editor/events/${encodeURIComponent(raw)}`);
  const id = parseRouteId(raw);
  const event = id === null ? null : await getAdminEvent(id);
  if (!event) notFound();
  const [categories, { created }] = await Promise.all([listCategoriesWithZones(), searchParams]);
  return (
    <>
      <AdminPageHeader title={`Edit ${event.title}`} back={{ href: "/editor/events", label: "Events" }} />
      <EventForm
        key={event.id}
        saved={toEventDto(event)}
        zones={zoneOptionGroups(categories)}
        timeZones={knownTimeZones()}
        created={firstParam(created) === "1"}
      />
    </>
  );
}
