// Unsaved text kept in this browser (localStorage), per draft id or "new", so a reload, a crash
// of the tab or a failed save never loses what the author typed. Written while there are
// unsaved changes, cleared after a successful save.

import { fingerprint, type DraftValues } from "./draft-types";

export interface Backup {
  values: DraftValues;
  /** The draft version the text was based on (null: not saved yet). */
  baseVersion: number | null;
  /** When the text was written to the backup (ms since the epoch). */
  savedAt: number;
}

const PREFIX = "zonepress:draft:";

export function backupKey(id: number | null): string {
  return `${PREFIX}${id ?? "new"}`;
}

/** Where "Load the saved version" puts the author's own text, apart from the restorable backup. */
export function setAsideKey(id: number): string {
  return `${PREFIX}${id}:set-aside`;
}

function storage(): Storage | null {
  try {
    return typeof window === "undefined" ? null : window.localStorage;
  } catch {
    return null; // Storage disabled (privacy settings): the page works, without the backup.
  }
}

function isBackup(value: unknown): value is Backup {
  if (typeof value !== "object" || value === null) return false;
  const backup = value as Partial<Backup>;
  const values = backup.values as Partial<DraftValues> | undefined;
  return (
    typeof backup.savedAt === "number" &&
    (backup.baseVersion === null || typeof backup.baseVersion === "number") &&
    typeof values === "object" &&
    values !== null &&
    typeof values.title === "string" &&
    typeof values.summary === "string" &&
    typeof values.bodyMarkdown === "string" &&
    (values.zoneId === null || typeof values.zoneId === "number") &&
    Array.isArray(values.tags) &&
    values.tags.every((tag) => typeof tag === "string") &&
    (values.coverImageUrl === null || typeof values.coverImageUrl === "string")
  );
}

export function readBackup(key: string): Backup | null {
  try {
    const raw = storage()?.getItem(key);
    if (!raw) return null;
    const parsed: unknown = JSON.parse(raw);
    return isBackup(parsed) ? parsed : null;
  } catch {
    return null;
  }
}

export function writeBackup(key: string, backup: Backup): void {
  try {
    storage()?.setItem(key, JSON.stringify(backup));
  } catch {
    // Quota exceeded: the server copy and the open tab still hold the text.
  }
}

export function clearBackup(key: string): void {
  try {
    storage()?.removeItem(key);
  } catch {
    // Nothing to do: an unreadable backup is never restored.
  }
}

/** A new article's backup is worth restoring only if something was typed. */
const EMPTY_TEXT: Pick<DraftValues, "title" | "summary" | "bodyMarkdown" | "tags" | "coverImageUrl"> = {
  title: "",
  summary: "",
  bodyMarkdown: "",
  tags: [],
  coverImageUrl: null,
};

/**
 * Whether a backup holds text the server does not: it differs from the server's copy and was
 * written after the server's copy was saved. `server` is null for a new article.
 */
export function shouldRestore(
  backup: Backup | null,
  server: { values: DraftValues; updatedAt: string } | null,
): backup is Backup {
  if (!backup) return false;
  if (!server) return fingerprint(backup.values) !== fingerprint({ ...backup.values, ...EMPTY_TEXT });
  if (fingerprint(backup.values) === fingerprint(server.values)) return false;
  const serverTime = Date.parse(server.updatedAt);
  return Number.isNaN(serverTime) || backup.savedAt > serverTime;
}
