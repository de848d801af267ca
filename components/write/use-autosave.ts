"use client";

import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from "react";
import { createDraft, saveDraft, submitDraft, type SaveOutcome } from "./draft-api";
import { EMPTY_VALUES, fingerprint, valuesOf, type DraftDto, type DraftValues } from "./draft-types";
import { SaveScheduler, serialQueue } from "./save-queue";

export interface SaveStatus {
  saving: boolean;
  /** Unsaved changes: what the form shows differs from the last saved copy. */
  dirty: boolean;
  savedAt: Date | null;
  /** Why the last save failed, until one succeeds. */
  error: string | null;
}

interface Options {
  initial: DraftDto | null;
  values: DraftValues;
  /** While the conflict dialog is open nothing is saved: the author decides first. */
  paused: boolean;
  onSaved: (draft: DraftDto) => void;
  onInvalid: (errors: Record<string, string>) => void;
  onConflict: (current: DraftDto) => void;
}

const ZONE_FIRST = "Choose a zone to save your draft";

/**
 * Saving a draft: autosave (2 s after typing stops, at least every 10 s while typing) once a
 * zone is chosen, "Save Draft" and "Submit for Review" through one queue, every save carrying
 * the version it is based on. The first save creates the draft and moves the address to
 * /write/<id> without a navigation. What the author typed is never replaced by a save's answer.
 */
export function useAutosave({ initial, values, paused, onSaved, onInvalid, onConflict }: Options) {
  const [id, setId] = useState<number | null>(initial?.id ?? null);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [savedAt, setSavedAt] = useState<Date | null>(initial ? new Date(initial.updatedAt) : null);
  // A new article starts "saved" as empty, so an untouched page neither saves nor warns.
  const [savedPrint, setSavedPrint] = useState(() => fingerprint(initial ? valuesOf(initial) : EMPTY_VALUES));

  const idRef = useRef(initial?.id ?? null);
  const versionRef = useRef(initial?.version ?? 0);
  const savedPrintRef = useRef(savedPrint);
  const valuesRef = useRef(values);
  const pausedRef = useRef(paused);
  const callbacks = useRef({ onSaved, onInvalid, onConflict });
  useLayoutEffect(() => {
    valuesRef.current = values;
    pausedRef.current = paused;
    callbacks.current = { onSaved, onInvalid, onConflict };
  });

  const enqueue = useMemo(() => serialQueue(), []);
  const scheduler = useRef<SaveScheduler | null>(null);

  const markSaved = useCallback((print: string, at: Date) => {
    savedPrintRef.current = print;
    setSavedPrint(print);
    setSavedAt(at);
    setError(null);
  }, []);

  const apply = useCallback(
    (outcome: SaveOutcome, print: string, mode: "save" | "force" | "submit") => {
      switch (outcome.kind) {
        case "saved": {
          const { draft } = outcome;
          versionRef.current = draft.version;
          if (idRef.current === null) {
            idRef.current = draft.id;
            setId(draft.id);
            // The address becomes the draft's, so a reload opens it (no navigation, no remount).
            window.history.replaceState(window.history.state, "", `/write/${draft.id}`);
          }
          markSaved(print, new Date());
          callbacks.current.onSaved(draft);
          return;
        }
        case "invalid": {
          // A refused submission is not a failed save: the fields say why (once), and the text
          // is still saved by autosave. A refused save names its problem ("longer than 100 KB").
          const first = Object.values(outcome.errors)[0] ?? outcome.detail;
          setError(mode === "submit" ? null : `Not saved: ${first.replace(/\.?$/, ".")}`);
          callbacks.current.onInvalid(outcome.errors);
          return;
        }
        case "conflict":
          setError("Not saved: this draft changed elsewhere.");
          callbacks.current.onConflict(outcome.current);
          return;
        case "failed":
          setError(`Not saved. ${outcome.detail}`);
          scheduler.current?.retryLater();
          return;
        default:
          setError(`Not saved. ${outcome.detail}`);
      }
    },
    [markSaved],
  );

  /** One round trip; `submit` saves and submits in one request (the server does both). */
  const run = useCallback(
    async (mode: "save" | "force" | "submit"): Promise<SaveOutcome | null> => {
      const sent = valuesRef.current;
      const print = fingerprint(sent);
      if (mode !== "submit" && pausedRef.current) return null;
      if (mode === "save" && idRef.current !== null && print === savedPrintRef.current) return null;
      if (sent.zoneId === null) {
        const outcome: SaveOutcome = { kind: "invalid", errors: { zoneId: ZONE_FIRST }, detail: ZONE_FIRST };
        if (mode !== "save") apply(outcome, print, mode);
        return outcome;
      }
      setSaving(true);
      try {
        if (idRef.current === null) {
          const created = await createDraft(sent);
          apply(created, print, mode === "submit" ? "force" : mode);
          if (created.kind !== "saved" || mode !== "submit") return created;
        }
        const id = idRef.current as number;
        const outcome =
          mode === "submit"
            ? await submitDraft(id, sent, versionRef.current)
            : await saveDraft(id, sent, versionRef.current);
        apply(outcome, print, mode);
        return outcome;
      } finally {
        setSaving(false);
      }
    },
    [apply],
  );

  const saveNow = useCallback(
    (mode: "save" | "force" = "force") => {
      scheduler.current?.cancel();
      return enqueue(() => run(mode));
    },
    [enqueue, run],
  );
  const submit = useCallback(() => {
    scheduler.current?.cancel();
    return enqueue(() => run("submit"));
  }, [enqueue, run]);

  useEffect(() => {
    const current = new SaveScheduler(() => void enqueue(() => run("save")));
    scheduler.current = current;
    return () => current.cancel();
  }, [enqueue, run]);

  const dirty = fingerprint(values) !== savedPrint;
  // A new article is created once there is something to keep (a zone alone is not a draft).
  const worthSaving = id !== null || values.title.trim() !== "" || values.bodyMarkdown.trim() !== "";
  useEffect(() => {
    if (dirty && values.zoneId !== null && worthSaving && !paused) scheduler.current?.changed();
    else if (!dirty) scheduler.current?.cancel();
  }, [values, dirty, worthSaving, paused]);

  // Leaving with unsaved changes (closing the tab, reloading, typing another address) asks first.
  const unsaved = dirty || saving;
  useEffect(() => {
    if (!unsaved) return;
    const warn = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      event.returnValue = "";
    };
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [unsaved]);

  /** The server's copy replaces the form's ("Load the saved version"). */
  const adopt = useCallback(
    (draft: DraftDto) => {
      versionRef.current = draft.version;
      markSaved(fingerprint(valuesOf(draft)), new Date(draft.updatedAt));
    },
    [markSaved],
  );

  /** "Keep my version": the next save overwrites `current`, knowingly. */
  const keepMine = useCallback(
    (current: DraftDto) => {
      versionRef.current = current.version;
      pausedRef.current = false; // the dialog is closing; do not wait for the re-render
      return enqueue(() => run("force"));
    },
    [enqueue, run],
  );

  /** Restored text from an older version: the next save must meet the newer one as a conflict. */
  const rebase = useCallback((version: number) => {
    versionRef.current = Math.min(versionRef.current, version);
  }, []);

  const status: SaveStatus = { saving, dirty, savedAt, error };
  const baseVersion = useCallback(() => (idRef.current === null ? null : versionRef.current), []);
  return { id, status, saveNow, submit, adopt, keepMine, rebase, baseVersion };
}
