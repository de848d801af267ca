import { submitJson, type FormResult } from "@/components/auth/submit-json";
import type { CandidateQuery, SlotUpdateInput } from "@/lib/curation/schema";
import type { SlotKey } from "@/lib/curation/slots";
import type { CurationItem, CurationSlotState } from "@/lib/curation/types";

// How the curation editor talks to app/api/editor/curation/**: JSON in, problem documents out.

const slotUrl = (key: SlotKey) => `/api/editor/curation/slots/${key}`;

export function saveSlot(
  key: SlotKey,
  body: SlotUpdateInput,
): Promise<FormResult<{ slot: CurationSlotState }>> {
  return submitJson(slotUrl(key), body, "PUT");
}

export async function loadSlot(key: SlotKey): Promise<CurationSlotState | null> {
  try {
    const response = await fetch(slotUrl(key), { headers: { Accept: "application/json" } });
    return response.ok ? ((await response.json()) as { slot: CurationSlotState }).slot : null;
  } catch {
    return null;
  }
}

export type SearchResult = { ok: true; items: CurationItem[] } | { ok: false; message: string };

/** The picker's results; an aborted request rejects (the caller ignores it). */
export async function searchCandidates(
  key: SlotKey,
  query: CandidateQuery,
  signal: AbortSignal,
): Promise<SearchResult> {
  const params = new URLSearchParams({ slot: key, q: query.q, kind: query.kind });
  const response = await fetch(`/api/editor/curation/search?${params}`, {
    headers: { Accept: "application/json" },
    signal,
  });
  const body = (await response.json().catch(() => ({}))) as {
    items?: CurationItem[];
    detail?: string;
    errors?: Record<string, string>;
  };
  if (response.ok && body.items) return { ok: true, items: body.items };
  return { ok: false, message: body.errors?.q ?? body.detail ?? "The search failed. Try again." };
}
