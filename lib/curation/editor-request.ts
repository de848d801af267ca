import "server-only";
import { EDITORIAL_ROLES, getCurrentUser, hasRole, type CurrentUser } from "@/lib/auth/guards";
import { forbidden, notFoundProblem, unauthorized } from "@/lib/http/problem";
import { parseSlotKey, slotKeyOf, type SlotKey } from "./slots";

export type CurationCaller = { ok: true; actor: CurrentUser } | { ok: false; response: Response };

/** The signed-in editor or admin calling a curation route handler, or the problem to answer. */
export async function curationCaller(): Promise<CurationCaller> {
  const actor = await getCurrentUser();
  if (!actor) return { ok: false, response: unauthorized("Your session has ended. Log in again to curate.") };
  if (!hasRole(actor, EDITORIAL_ROLES)) {
    return { ok: false, response: forbidden("Only editors and admins can curate featured content.") };
  }
  return { ok: true, actor };
}

/** The slot a route's `[slot]` segment names (normalised), or the 404 to answer. */
export function slotFromSegment(
  segment: string,
): { ok: true; key: SlotKey } | { ok: false; response: Response } {
  const ref = parseSlotKey(segment);
  if (!ref) return { ok: false, response: notFoundProblem("There is no curated slot with this name.") };
  return { ok: true, key: slotKeyOf(ref) };
}
