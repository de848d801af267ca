import { entryKey } from "@/lib/curation/shown";
import type { CurationEntry } from "@/lib/curation/types";
import type { EntryField } from "./entry-row";

// Field errors of the slot editor, from the shared schema (before sending) or the server's
// problem document (after): one message per entry field, plus one for the form.

export type EntryErrors = Record<string, Partial<Record<EntryField, string>>>;
export interface Errors {
  /** For the whole list or the whole form (the slot is full, the version is missing). */
  form: string | null;
  entries: EntryErrors;
}
export const NO_ERRORS: Errors = { form: null, entries: {} };

/**
 * Errors keyed by list index ("entries.2.endsAt") re-keyed by entry, so they stay with their
 * entry when the editor moves it before saving again.
 */
export function errorsByEntry(errors: Record<string, string>, entries: CurationEntry[]): Errors {
  const result: Errors = { form: null, entries: {} };
  for (const [path, message] of Object.entries(errors)) {
    const match = /^entries\.(\d+)\.(startsAt|endsAt|targetId|kind)$/.exec(path);
    const entry = match ? entries[Number(match[1])] : undefined;
    if (match && entry) {
      const field = match[2] === "kind" ? "targetId" : (match[2] as EntryField);
      (result.entries[entryKey(entry)] ??= {})[field] ??= message;
    } else {
      result.form ??= message;
    }
  }
  return result;
}
