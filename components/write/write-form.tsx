"use client";

import { useRouter } from "next/navigation";
import { useCallback, useRef, useState } from "react";
import { FormAlert } from "@/components/auth/form-alert";
import { TextField } from "@/components/auth/text-field";
import { TextAreaField } from "@/components/settings/text-area-field";
import { BodyField, type BodyTab } from "./body-field";
import { ConflictDialog } from "./conflict-dialog";
import { CoverField } from "./cover-field";
import type { SaveOutcome } from "./draft-api";
import {
  DRAFT_LIMITS,
  EMPTY_VALUES,
  FIELD_ORDER,
  valuesOf,
  type DraftDto,
  type DraftValues,
  type ZoneGroup,
} from "./draft-types";
import { clearBackup, readBackup, setAsideKey, writeBackup, type Backup } from "./local-backup";
import type { PreviewCounts } from "./preview-pane";
import { SaveBar } from "./save-bar";
import { estimateMinutes, estimateWords } from "./save-state";
import { TagInput } from "./tag-input";
import { useAutosave } from "./use-autosave";
import { useLocalBackup } from "./use-local-backup";
import { WriteNotice } from "./write-notice";
import { ZoneSelect } from "./zone-select";

type Notice = { kind: "restored" } | { kind: "set-aside"; id: number } | null;

/**
 * Post an Article / edit a draft. Everything typed stays in the form whatever the server says;
 * saves (auto, "Save Draft", "Submit for Review") go through useAutosave, unsaved text is also
 * kept in this browser (useLocalBackup), and a stale save opens the conflict dialog.
 */
export function WriteForm({ initial, zones }: { initial: DraftDto | null; zones: ZoneGroup[] }) {
  const router = useRouter();
  const form = useRef<HTMLFormElement>(null);
  const [values, setValues] = useState<DraftValues>(() => (initial ? valuesOf(initial) : EMPTY_VALUES));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [alert, setAlert] = useState<string | null>(null);
  const [notice, setNotice] = useState<Notice>(null);
  const [tab, setTab] = useState<BodyTab>("write");
  const [counts, setCounts] = useState<PreviewCounts | null>(() =>
    initial
      ? { body: initial.bodyMarkdown, wordCount: initial.wordCount, readingMinutes: initial.readingMinutes }
      : null,
  );
  const [conflict, setConflict] = useState<{ current: DraftDto; open: boolean } | null>(null);
  const [submitting, setSubmitting] = useState(false);

  const saver = useAutosave({
    initial,
    values,
    paused: conflict !== null,
    onSaved: useCallback((draft: DraftDto) => {
      setCounts({
        body: draft.bodyMarkdown,
        wordCount: draft.wordCount,
        readingMinutes: draft.readingMinutes,
      });
    }, []),
    onInvalid: useCallback((found: Record<string, string>) => setErrors((old) => ({ ...old, ...found })), []),
    onConflict: useCallback((current: DraftDto) => setConflict({ current, open: true }), []),
  });

  useLocalBackup({
    id: saver.id,
    values,
    dirty: saver.status.dirty,
    baseVersion: saver.baseVersion,
    initial,
    onRestore: (backup: Backup) => {
      setValues(backup.values);
      if (backup.baseVersion !== null) saver.rebase(backup.baseVersion);
      setNotice({ kind: "restored" });
    },
  });

  function set<K extends keyof DraftValues>(field: K, value: DraftValues[K]) {
    setValues((old) => ({ ...old, [field]: value }));
    setErrors((old) => {
      if (!(field in old)) return old;
      const rest = { ...old };
      delete rest[field];
      return rest;
    });
  }

  function focusFirstError(found: Record<string, string>) {
    const first = FIELD_ORDER.find((field) => field in found);
    if (!first) return;
    if (first === "bodyMarkdown") setTab("write");
    // After the re-render that shows the Write tab and the messages.
    requestAnimationFrame(() => form.current?.querySelector<HTMLElement>(`[data-field="${first}"]`)?.focus());
  }

  function report(outcome: SaveOutcome | null) {
    if (!outcome || outcome.kind === "saved" || outcome.kind === "conflict") return;
    if (outcome.kind === "invalid") {
      setErrors(outcome.errors);
      setAlert(
        outcome.errors.version ?? `${outcome.detail.replace(/\.?$/, ".")} Each field says what to fix.`,
      );
      focusFirstError(outcome.errors);
    } else {
      setAlert(outcome.detail);
    }
  }

  function discardRestored() {
    setNotice(null);
    if (!initial) return setValues(EMPTY_VALUES);
    setValues(valuesOf(initial));
    saver.adopt(initial);
  }

  async function onSave() {
    setAlert(null);
    if (conflict) return setConflict({ ...conflict, open: true });
    report(await saver.saveNow());
  }

  async function onSubmit() {
    setAlert(null);
    setSubmitting(true);
    const outcome = await saver.submit();
    if (outcome?.kind === "saved" && outcome.draft.status === "SUBMITTED") {
      router.push("/drafts");
      return; // stays "submitting" until the page changes
    }
    setSubmitting(false);
    report(outcome);
  }

  function keepMine() {
    if (!conflict) return;
    const { current } = conflict;
    setConflict(null);
    void saver.keepMine(current).then(report);
  }

  function loadSaved() {
    if (!conflict) return;
    const { current } = conflict;
    writeBackup(setAsideKey(current.id), { values, baseVersion: current.version, savedAt: Date.now() });
    setConflict(null);
    setValues(valuesOf(current));
    setCounts({
      body: current.bodyMarkdown,
      wordCount: current.wordCount,
      readingMinutes: current.readingMinutes,
    });
    saver.adopt(current);
    setNotice({ kind: "set-aside", id: current.id });
  }

  function bringBackMine(id: number) {
    const mine = readBackup(setAsideKey(id));
    clearBackup(setAsideKey(id));
    setNotice(null);
    if (mine) setValues(mine.values);
  }

  const words = counts?.body === values.bodyMarkdown ? counts.wordCount : estimateWords(values.bodyMarkdown);
  const minutes = counts?.body === values.bodyMarkdown ? counts.readingMinutes : estimateMinutes(words);

  return (
    <form
      ref={form}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void onSave();
      }}
      onKeyDown={(event) => {
        if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === "s") {
          event.preventDefault(); // Ctrl+S saves the draft, not the web page
          void onSave();
        }
      }}
      className="space-y-6"
    >
      {notice?.kind === "restored" && (
        <WriteNotice
          message="Restored unsaved text from this browser."
          action="Discard it"
          onAction={discardRestored}
          onDismiss={() => setNotice(null)}
        />
      )}
      {notice?.kind === "set-aside" && (
        <WriteNotice
          message="Loaded the saved version. Your version is kept in this browser."
          action="Bring my version back"
          onAction={() => bringBackMine(notice.id)}
          onDismiss={() => setNotice(null)}
        />
      )}
      <FormAlert message={alert} />
      <TextField
        label="Title"
        name="title"
        data-field="title"
        value={values.title}
        maxLength={DRAFT_LIMITS.titleMax * 2}
        onChange={(event) => set("title", event.target.value)}
        error={errors.title}
        hint={`${DRAFT_LIMITS.titleMin}–${DRAFT_LIMITS.titleMax} characters (${values.title.length} now).`}
        autoComplete="off"
      />
      <div className="grid gap-6 md:grid-cols-2">
        <ZoneSelect
          zones={zones}
          value={values.zoneId}
          onChange={(zoneId) => set("zoneId", zoneId)}
          error={errors.zoneId}
        />
        <TagInput tags={values.tags} onChange={(tags) => set("tags", tags)} error={errors.tags} />
      </div>
      <TextAreaField
        label="Summary"
        name="summary"
        data-field="summary"
        rows={3}
        value={values.summary}
        maxLength={DRAFT_LIMITS.summaryMax}
        onChange={(event) => set("summary", event.target.value)}
        error={errors.summary}
        hint={`Shown in article lists and feeds: ${DRAFT_LIMITS.summaryMin}–${DRAFT_LIMITS.summaryMax} characters to submit.`}
      />
      <CoverField
        url={values.coverImageUrl}
        onChange={(url) => set("coverImageUrl", url)}
        error={errors.coverImageUrl}
      />
      <BodyField
        value={values.bodyMarkdown}
        onChange={(body) => set("bodyMarkdown", body)}
        error={errors.bodyMarkdown}
        tab={tab}
        onTab={setTab}
        onCounts={setCounts}
      />
      <SaveBar
        status={saver.status}
        needsZone={values.zoneId === null}
        words={words}
        minutes={minutes}
        busy={submitting}
        onSave={() => void onSave()}
        onSubmit={() => void onSubmit()}
        onResolve={conflict && !conflict.open ? () => setConflict({ ...conflict, open: true }) : null}
      />
      {conflict && (
        <ConflictDialog
          open={conflict.open}
          mine={values}
          saved={conflict.current}
          onKeepMine={keepMine}
          onLoadSaved={loadSaved}
          onClose={() => setConflict((old) => (old ? { ...old, open: false } : old))}
        />
      )}
    </form>
  );
}
