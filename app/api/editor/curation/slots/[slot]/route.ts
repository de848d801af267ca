import { revalidateTag } from "next/cache";
import { featureSlotTag } from "@/lib/cache/tags";
import { curationCaller, slotFromSegment } from "@/lib/curation/editor-request";
import { slotUpdateSchema } from "@/lib/curation/schema";
import { getCurationSlot, saveCurationSlot } from "@/lib/db/curation";
import { notFoundProblem, problem, validationProblem } from "@/lib/http/problem";
import { crossSiteProblem, isSameOrigin, parseBody } from "@/lib/http/request";

const NOT_FOUND = "There is no curated slot with this name: its category or zone may have been removed.";
const noStore = { headers: { "Cache-Control": "no-store" } };

/** GET /api/editor/curation/slots/[slot]: the slot's entries in order with its current version. */
export async function GET(_request: Request, { params }: RouteContext<"/api/editor/curation/slots/[slot]">) {
  const caller = await curationCaller();
  if (!caller.ok) return caller.response;
  const slot = slotFromSegment((await params).slot);
  if (!slot.ok) return slot.response;
  const state = await getCurationSlot(slot.key, new Date());
  if (!state) return notFoundProblem(NOT_FOUND);
  return Response.json({ slot: state }, noStore);
}

/**
 * PUT /api/editor/curation/slots/[slot] { version, entries: [{ kind, targetId, startsAt, endsAt }] }:
 * the slot's new entries in order (lib/db/curation.ts saveCurationSlot has the rules). 409 when
 * another editor saved the slot since `version`; field errors as "entries.<i>.<field>". Readers
 * see the result on their next request: the slot's tag expires at once.
 */
export async function PUT(request: Request, { params }: RouteContext<"/api/editor/curation/slots/[slot]">) {
  if (!isSameOrigin(request)) return crossSiteProblem();
  const caller = await curationCaller();
  if (!caller.ok) return caller.response;
  const slot = slotFromSegment((await params).slot);
  if (!slot.ok) return slot.response;
  const parsed = await parseBody(request, slotUpdateSchema);
  if (!parsed.ok) return parsed.response;

  const result = await saveCurationSlot(caller.actor.id, slot.key, parsed.data, new Date());
  if (!result.ok) {
    if (result.reason === "not-found") return notFoundProblem(NOT_FOUND);
    if (result.reason === "invalid") return validationProblem(result.errors);
    return problem({
      status: 409,
      title: "Changed by someone else",
      detail:
        "Another editor changed this slot after you opened it. Load the current entries and make your change again; nothing was saved.",
      code: "conflict",
    });
  }
  // Expired rather than marked stale: the next reader gets the new entries, not the old page.
  if (result.changed) revalidateTag(featureSlotTag(slot.key), { expire: 0 });
  return Response.json({ slot: result.slot }, noStore);
}
