"use client";

import { useEffect, useRef, useState } from "react";
import { FormAlert } from "@/components/auth/form-alert";
import { slotUpdateSchema, type SlotUpdateInput } from "@/lib/curation/schema";
import { entryKey, shownEntries } from "@/lib/curation/shown";
import { CURATION_SLOT_MAX, slotAccepts, SHOWN_PER_PAGE, slotPageKind } from "@/lib/curation/slots";
import type { CurationEntry, CurationItem, CurationSlotState } from "@/lib/curation/types";
import { fieldErrors } from "@/lib/http/problem";
import { CandidatePicker } from "./candidate-picker";
import { loadSlot, saveSlot } from "./curation-api";
import { errorsByEntry, NO_ERRORS, type Errors } from "./entry-errors";
import { EntryRow, type EntryControl } from "./entry-row";
import { SaveBar, type SaveState } from "./save-bar";
import { SlotPreview } from "./slot-preview";
import { useNow, useTimeZone } from "./use-clock";

const bodyOf = (version: string, entries: CurationEntry[]): SlotUpdateInput => ({
  version,
  entries: entries.map(({ kind, targetId, startsAt, endsAt }) => ({ kind, targetId, startsAt, endsAt })),
});

/**
 * The editor of one slot: its entries in order with their dates, the picker that adds to it,
 * and a preview. Changes stay in the page until Save, which sends the whole list with the
 * version it started from; nothing typed is lost when the server refuses.
 */
export function SlotEditor({ initial }: { initial: CurationSlotState }) {
  const [saved, setSaved] = useState(initial);
  const [entries, setEntries] = useState(initial.entries);
  const [errors, setErrors] = useState<Errors>(NO_ERRORS);
  const [save, setSave] = useState<SaveState>({ kind: "idle" });
  const [announcement, setAnnouncement] = useState("");
  const now = useNow();
  const zone = useTimeZone();
  const pickerRef = useRef<HTMLInputElement>(null);
  const controls = useRef(new Map<string, HTMLButtonElement>());
  // Where focus goes after the next render: "<entry key>:<control>" or "picker".
  const pendingFocus = useRef<string | null>(null);

  const key = saved.key;
  const dirty = JSON.stringify(bodyOf("", entries)) !== JSON.stringify(bodyOf("", saved.entries));
  const shown = new Set(now ? shownEntries(key, entries, now).map(entryKey) : []);
  const taken = new Set(entries.map(entryKey));
  const full = entries.length >= CURATION_SLOT_MAX;
  const perPage = SHOWN_PER_PAGE[slotPageKind(key)];

  // Moving an entry re-inserts its DOM node, which drops focus: put it back on the same button.
  useEffect(() => {
    const target = pendingFocus.current;
    if (target === null) return;
    pendingFocus.current = null;
    if (target === "picker") pickerRef.current?.focus();
    else controls.current.get(target)?.focus();
  });

  useEffect(() => {
    if (!dirty) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [dirty]);

  function change(next: CurationEntry[], message: string) {
    setEntries(next);
    setAnnouncement(message);
    if (save.kind === "saved") setSave({ kind: "idle" });
  }

  function move(index: number, delta: -1 | 1, control: EntryControl) {
    const target = index + delta;
    const entry = entries[index]!;
    const next = [...entries];
    [next[index], next[target]] = [next[target]!, entry];
    change(next, `“${entry.title}” moved to position ${target + 1} of ${next.length}.`);
    pendingFocus.current = `${entryKey(entry)}:${control}`;
  }

  function remove(index: number) {
    const entry = entries[index]!;
    const next = entries.filter((_, i) => i !== index);
    change(next, `“${entry.title}” removed. Save to take it off the page.`);
    const neighbour = next[index] ?? next[index - 1];
    pendingFocus.current = neighbour ? `${entryKey(neighbour)}:remove` : "picker";
  }

  function add(item: CurationItem) {
    const next = [...entries, { ...item, startsAt: null, endsAt: null }];
    change(
      next,
      `“${item.title}” added at position ${next.length} of ${next.length}. Move it up to show it first.`,
    );
  }

  function setDate(index: number, field: "startsAt" | "endsAt", iso: string | null) {
    const entry = entries[index]!;
    setEntries(entries.map((e, i) => (i === index ? { ...e, [field]: iso } : e)));
    setErrors((current) => {
      const own = { ...current.entries[entryKey(entry)] };
      delete own[field];
      return { ...current, entries: { ...current.entries, [entryKey(entry)]: own } };
    });
    if (save.kind === "saved") setSave({ kind: "idle" });
  }

  async function submit() {
    const body = bodyOf(saved.version, entries);
    const checked = slotUpdateSchema.safeParse(body);
    if (!checked.success) {
      setErrors(errorsByEntry(fieldErrors(checked.error), entries));
      setSave({ kind: "failed", message: "Some entries need attention; nothing was saved." });
      return;
    }
    setSave({ kind: "saving" });
    const result = await saveSlot(key, body);
    if (result.ok) {
      setSaved(result.data.slot);
      setEntries(result.data.slot.entries);
      setErrors(NO_ERRORS);
      setSave({
        kind: "saved",
        message: "Saved. Readers see these entries from their next visit to the page.",
      });
      return;
    }
    if (result.problem.status === 409) {
      setSave({ kind: "conflict" });
      return;
    }
    setErrors(errorsByEntry(result.problem.errors, entries));
    setSave({ kind: "failed", message: `${result.problem.detail}. Nothing was saved.` });
  }

  async function reload() {
    const current = await loadSlot(key);
    if (!current) {
      setSave({ kind: "failed", message: "Could not load the current entries. Reload the page." });
      return;
    }
    setSaved(current);
    setEntries(current.entries);
    setErrors(NO_ERRORS);
    setSave({ kind: "idle" });
    setAnnouncement("The current entries are loaded.");
  }

  function discard() {
    setEntries(saved.entries);
    setErrors(NO_ERRORS);
    setSave({ kind: "idle" });
    setAnnouncement("Changes discarded.");
  }

  return (
    <div className="grid gap-8 lg:grid-cols-3">
      <div className="space-y-6 lg:col-span-2">
        <CandidatePicker
          slotKey={key}
          acceptsResources={slotAccepts(key, "resource")}
          taken={taken}
          full={full}
          onPick={add}
          inputRef={pickerRef}
        />
        <section aria-labelledby="curation-entries">
          <h3 id="curation-entries" className="text-ink text-lg font-bold">
            Entries ({entries.length} of {CURATION_SLOT_MAX})
          </h3>
          <p className="text-ink-soft mt-1 text-sm">
            The page shows the first {perPage.article} live articles
            {perPage.resource > 0 ? ` and up to ${perPage.resource} Refcards or Trend Reports` : ""}, in this
            order.
          </p>
          <p className="text-muted mt-1 text-sm">
            {zone
              ? `Dates and times are in your time zone, ${zone}.`
              : "Dates and times are in your time zone."}{" "}
            Leave them empty to show an entry from now on, with no end.
          </p>
          <FormAlert message={errors.form} />
          {entries.length === 0 ? (
            <p className="text-ink-soft mt-4">
              Nothing is curated here yet. Find something to feature above.
            </p>
          ) : (
            <ol className="mt-4 space-y-3">
              {entries.map((entry, index) => (
                <EntryRow
                  key={entryKey(entry)}
                  entry={entry}
                  index={index}
                  count={entries.length}
                  now={now}
                  shown={shown.has(entryKey(entry))}
                  zone={zone}
                  errors={errors.entries[entryKey(entry)] ?? {}}
                  onMove={(delta) => move(index, delta, delta < 0 ? "up" : "down")}
                  onRemove={() => remove(index)}
                  onDate={(field, iso) => setDate(index, field, iso)}
                  registerControl={(control, element) => {
                    const id = `${entryKey(entry)}:${control}`;
                    if (element) controls.current.set(id, element);
                    else controls.current.delete(id);
                  }}
                />
              ))}
            </ol>
          )}
        </section>
        <p aria-live="polite" className="sr-only">
          {announcement}
        </p>
        <SaveBar state={save} dirty={dirty} onSave={submit} onDiscard={discard} onReload={reload} />
      </div>
      <aside aria-label="Preview" className="lg:sticky lg:top-4 lg:self-start">
        <SlotPreview slotKey={key} pagePath={saved.pagePath} entries={entries} now={now} dirty={dirty} />
      </aside>
    </div>
  );
}
