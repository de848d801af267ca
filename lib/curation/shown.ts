import { entryState } from "./entry-state";
import { SHOWN_PER_PAGE, slotPageKind, type SlotKey } from "./slots";
import type { CurationEntry } from "./types";

/** The target key of an entry: unique within a slot (a slot holds each item once). */
export const entryKey = (entry: Pick<CurationEntry, "kind" | "targetId">) =>
  `${entry.kind}:${entry.targetId}`;

/**
 * The entries readers see at `now`, in order: live, still published, and within the first few
 * of their kind that the slot's page shows (SHOWN_PER_PAGE), as the readers' pages pick them.
 */
export function shownEntries(key: SlotKey, entries: CurationEntry[], now: Date): CurationEntry[] {
  const room = { ...SHOWN_PER_PAGE[slotPageKind(key)] };
  return entries.filter((entry) => {
    const live = entryState(toDate(entry.startsAt), toDate(entry.endsAt), now) === "live";
    if (!live || !entry.published || room[entry.kind] === 0) return false;
    room[entry.kind] -= 1;
    return true;
  });
}

function toDate(iso: string | null): Date | null {
  return iso ? new Date(iso) : null;
}
