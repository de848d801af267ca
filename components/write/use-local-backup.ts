"use client";

import { useEffect, useLayoutEffect, useRef } from "react";
import { backupKey, clearBackup, readBackup, shouldRestore, writeBackup, type Backup } from "./local-backup";
import type { DraftDto, DraftValues } from "./draft-types";

interface Options {
  id: number | null;
  values: DraftValues;
  dirty: boolean;
  /** The version the form's text is based on, read when a backup is written. */
  baseVersion: () => number | null;
  /** The server's copy the page opened with (null: a new article). */
  initial: DraftDto | null;
  onRestore: (backup: Backup) => void;
}

const WRITE_DELAY_MS = 400;

/**
 * Keeps unsaved text in localStorage while there are unsaved changes and drops it once saved.
 * On opening, offers back (onRestore) text this browser holds that is newer than the server's.
 */
export function useLocalBackup({ id, values, dirty, baseVersion, initial, onRestore }: Options) {
  const ready = useRef(false);
  const latest = useRef({ baseVersion, onRestore, initial });
  useLayoutEffect(() => {
    latest.current = { baseVersion, onRestore, initial };
  });

  // Once, before anything is written: the backup must be read before it can be overwritten.
  useEffect(() => {
    const { initial: server, onRestore: restore } = latest.current;
    const backup = readBackup(backupKey(server?.id ?? null));
    const serverCopy = server
      ? {
          values: {
            title: server.title,
            summary: server.summary,
            bodyMarkdown: server.bodyMarkdown,
            zoneId: server.zoneId,
            tags: server.tags,
            coverImageUrl: server.coverImageUrl,
          },
          updatedAt: server.updatedAt,
        }
      : null;
    if (shouldRestore(backup, serverCopy)) restore(backup);
    ready.current = true;
  }, []);

  // Throttled, not debounced: a long typing streak is still written every WRITE_DELAY_MS.
  const pending = useRef<{ key: string; values: DraftValues } | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const flush = useRef(() => {
    clearTimeout(timer.current);
    timer.current = undefined;
    if (!pending.current) return;
    const { key, values: text } = pending.current;
    pending.current = null;
    writeBackup(key, { values: text, baseVersion: latest.current.baseVersion(), savedAt: Date.now() });
  });

  useEffect(() => {
    if (!ready.current) return;
    const key = backupKey(id);
    if (id !== null) clearBackup(backupKey(null)); // the new article has its own key now
    if (!dirty) {
      clearTimeout(timer.current);
      timer.current = undefined;
      pending.current = null;
      clearBackup(key);
      return;
    }
    pending.current = { key, values };
    timer.current ??= setTimeout(flush.current, WRITE_DELAY_MS);
  }, [id, values, dirty]);

  // A closing tab writes what is still pending.
  useEffect(() => {
    const write = flush.current;
    window.addEventListener("pagehide", write);
    return () => {
      window.removeEventListener("pagehide", write);
      write();
    };
  }, []);
}
