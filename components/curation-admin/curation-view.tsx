import type { SlotKey } from "@/lib/curation/slots";
import type { CurationSlotState, SlotChoiceGroup } from "@/lib/curation/types";
import type { AuditRow } from "@/lib/db/audit";
import { CurationHistory } from "./curation-history";
import { SlotChooser } from "./slot-chooser";
import { SlotEditor } from "./slot-editor";

/** `/editor/curation`: choose a slot, edit its entries, see its recent changes. */
export function CurationView({
  groups,
  slot,
  history,
}: {
  groups: SlotChoiceGroup[];
  /** Null when the requested slot does not exist (its category or zone was removed). */
  slot: CurationSlotState | null;
  history: AuditRow[];
}) {
  const current: SlotKey | null = slot?.key ?? null;
  return (
    <>
      <h1 className="text-ink text-2xl font-extrabold">Curation</h1>
      <p className="text-ink-soft mt-2 max-w-prose">
        Choose what the home page Spotlight, each category&apos;s Featured Resources and each zone&apos;s
        featured items show, in which order and for how long. Saved changes reach readers on their next visit.
      </p>
      <SlotChooser groups={groups} current={current} />
      {slot ? (
        <>
          <h2 className="text-ink mt-8 mb-4 text-xl font-bold">{slot.title}</h2>
          {/* A new slot starts a new editor: nothing unsaved carries over to another slot. */}
          <SlotEditor key={slot.key} initial={slot} />
          <CurationHistory rows={history} />
        </>
      ) : (
        <p role="alert" className="text-ink mt-8">
          There is no such slot: its category or zone may have been removed. Choose another one above.
        </p>
      )}
    </>
  );
}
