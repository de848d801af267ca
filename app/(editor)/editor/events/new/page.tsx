import type { Metadata } from "next";
import { AdminPageHeader } from "@/components/site-admin/admin-page";
import { EventForm } from "@/components/site-admin/event-form";
import { zoneOptionGroups } from "@/components/site-admin/zone-options";
import { EDITORIAL_ROLES, requireRole } from "@/lib/auth/guards";
import { listCategoriesWithZones } from "@/lib/db/categories";
import { knownTimeZones } from "@/lib/site-admin/time-zones";

export const metadata: Metadata = { title: "New event", robots: { index: false } };

export const instant = false;

export default async function NewEventPage() {
  await requireRole(EDITORIAL_ROLES, "/editor/events/new");
  const zones = zoneOptionGroups(await listCategoriesWithZones());
  return (
    <>
      <AdminPageHeader title="New event" back={{ href: "/editor/events", label: "Events" }} />
      <EventForm saved={null} zones={zones} timeZones={knownTimeZones()} />
    </>
  );
}
