// When a curated entry is shown, as readers' pages decide it (lib/db/features.ts
// listActiveFeatures): from its start (inclusive) to its end (exclusive); either may be open.

export type EntryState = "live" | "scheduled" | "ended";

export function entryState(startsAt: Date | null, endsAt: Date | null, now: Date): EntryState {
  if (startsAt && startsAt > now) return "scheduled";
  if (endsAt && endsAt <= now) return "ended";
  return "live";
}
