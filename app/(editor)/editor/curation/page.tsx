import type { Metadata } from "next";
import { CurationView } from "@/components/curation-admin/curation-view";
import { EDITORIAL_ROLES, requireRole } from "@/lib/auth/guards";
import { parseSlotKey, slotKeyOf } from "@/lib/curation/slots";
import { listAuditFor } from "@/lib/db/audit";
import { getCurationSlot, listSlotChoices } from "@/lib/db/curation";

export const metadata: Metadata = { title: "Curation", robots: { index: false } };

// Guarded before anything streams (real 404 for members); see the dashboard page.
export const instant = false;

export default async function EditorCurationPage({ searchParams }: PageProps<"/editor/curation">) {
  await requireRole(EDITORIAL_ROLES, "/editor/curation");
  const requested = (await searchParams).slot;
  const ref = parseSlotKey((Array.isArray(requested) ? requested[0] : requested) ?? "home");
  const key = ref ? slotKeyOf(ref) : null;
  const [groups, slot, history] = await Promise.all([
    listSlotChoices(),
    key ? getCurationSlot(key, new Date()) : null,
    key ? listAuditFor("FeatureSlot", key, 10) : [],
  ]);
  return <CurationView groups={groups} slot={slot} history={slot ? history : []} />;
}
