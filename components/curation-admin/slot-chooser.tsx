import type { SlotKey } from "@/lib/curation/slots";
import type { SlotChoiceGroup } from "@/lib/curation/types";

/**
 * Which slot to edit: a plain GET form, so the chosen slot is in the URL (bookmarkable, works
 * before hydration) and the page loads it from the database.
 */
export function SlotChooser({ groups, current }: { groups: SlotChoiceGroup[]; current: SlotKey | null }) {
  return (
    <form method="get" action="/editor/curation" className="mt-6 flex flex-wrap items-end gap-2">
      <div className="flex flex-col gap-1">
        <label htmlFor="curation-slot" className="text-ink text-sm font-semibold">
          Slot
        </label>
        <select
          id="curation-slot"
          name="slot"
          defaultValue={current ?? "home"}
          className="border-surface-border bg-surface text-ink focus:ring-brand-600 w-80 max-w-full rounded-md border px-3 py-2 text-sm focus:ring-2 focus:outline-none"
        >
          {groups.map((group) => (
            <optgroup key={group.label} label={group.label}>
              {group.choices.map((choice) => (
                <option key={choice.key} value={choice.key}>
                  {choice.label}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
      </div>
      <button
        type="submit"
        className="bg-brand-600 hover:bg-brand-700 text-on-brand rounded-md px-4 py-2 text-sm font-semibold"
      >
        Open slot
      </button>
    </form>
  );
}
