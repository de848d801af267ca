import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ChangeRequestNotice } from "@/components/write/change-request";
import { NotEditable } from "@/components/write/not-editable";
import { WriteForm } from "@/components/write/write-form";
import { WriteShell } from "@/components/write/write-shell";
import { zoneGroups } from "@/components/write/zone-groups";
import { requireUser } from "@/lib/auth/guards";
import { getOwnDraft } from "@/lib/authoring/drafts";
import { listCategoriesWithZones } from "@/lib/db/categories";
import { getOpenChangeRequest } from "@/lib/db/editorial-feedback";

export const metadata: Metadata = { title: "Edit draft", robots: { index: false } };

// Blocking on purpose: an unknown id, or someone else's draft, is a real 404 (never a hint
// that the draft exists), which needs the lookup done before the response starts.
export const instant = false;

/** A Postgres int id, or null ("12abc", "0", "099"). */
function draftId(raw: string): number | null {
  return /^[1-9][0-9]{0,9}$/.test(raw) && Number(raw) <= 2_147_483_647 ? Number(raw) : null;
}

export default async function EditDraftPage({ params }: PageProps<"/write/[id]">) {
  const raw = (await params).id;
  const user = await requireUser(`/write/${encodeURIComponent(raw)}`);
  const id = draftId(raw);
  const draft = id === null ? null : await getOwnDraft(user.id, id);
  if (!draft) notFound();
  if (!draft.editable) {
    return (
      <WriteShell title="Edit draft">
        <NotEditable title={draft.title} status={draft.status} />
      </WriteShell>
    );
  }
  const [categories, changeRequest] = await Promise.all([
    listCategoriesWithZones(),
    draft.status === "CHANGES_REQUESTED" ? getOpenChangeRequest(user.id, draft.id) : null,
  ]);
  return (
    <WriteShell title={draft.status === "CHANGES_REQUESTED" ? "Revise your article" : "Edit draft"}>
      {changeRequest && <ChangeRequestNotice request={changeRequest} />}
      <WriteForm key={draft.id} initial={draft} zones={zoneGroups(categories)} />
    </WriteShell>
  );
}
