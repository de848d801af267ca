import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { DraftValues } from "@/components/write/draft-types";
import {
  backupKey,
  clearBackup,
  readBackup,
  setAsideKey,
  shouldRestore,
  writeBackup,
  type Backup,
} from "@/components/write/local-backup";

const values = (over: Partial<DraftValues> = {}): DraftValues => ({
  title: "Tracing slow queries",
  summary: "",
  bodyMarkdown: "Some text.",
  zoneId: 3,
  tags: ["PostgreSQL"],
  coverImageUrl: null,
  ...over,
});

/** A Map-backed localStorage, as the browser's would behave for these calls. */
function fakeStorage(): Storage {
  const items = new Map<string, string>();
  return {
    get length() {
      return items.size;
    },
    clear: () => items.clear(),
    getItem: (key) => items.get(key) ?? null,
    key: (index) => [...items.keys()][index] ?? null,
    removeItem: (key) => void items.delete(key),
    setItem: (key, value) => void items.set(key, String(value)),
  };
}

describe("localStorage backup", () => {
  let storage: Storage;
  beforeEach(() => {
    storage = fakeStorage();
    vi.stubGlobal("window", { localStorage: storage });
  });
  afterEach(() => vi.unstubAllGlobals());

  it("keeps one backup per draft and one for the new article", () => {
    const backup: Backup = { values: values(), baseVersion: 4, savedAt: 1_000 };
    writeBackup(backupKey(12), backup);
    writeBackup(backupKey(null), { ...backup, baseVersion: null });
    expect(readBackup(backupKey(12))).toEqual(backup);
    expect(readBackup(backupKey(null))?.baseVersion).toBeNull();
    expect(backupKey(null)).not.toBe(backupKey(12));
    expect(setAsideKey(12)).not.toBe(backupKey(12));
    clearBackup(backupKey(12));
    expect(readBackup(backupKey(12))).toBeNull();
  });

  it("ignores what it cannot trust: broken JSON, other shapes", () => {
    storage.setItem(backupKey(1), "{not json");
    storage.setItem(backupKey(2), JSON.stringify({ values: { title: 1 }, baseVersion: 1, savedAt: 1 }));
    expect(readBackup(backupKey(1))).toBeNull();
    expect(readBackup(backupKey(2))).toBeNull();
  });

  it("works without storage (disabled by privacy settings)", () => {
    vi.stubGlobal("window", {
      get localStorage(): Storage {
        throw new Error("SecurityError");
      },
    });
    writeBackup(backupKey(1), { values: values(), baseVersion: 1, savedAt: 1 });
    expect(readBackup(backupKey(1))).toBeNull();
  });
});

describe("shouldRestore", () => {
  const server = { values: values(), updatedAt: "2026-12-02T12:00:00.000Z" };
  const at = (iso: string) => Date.parse(iso);

  it("restores text written after the server's copy that differs from it", () => {
    const backup = {
      values: values({ bodyMarkdown: "More text." }),
      baseVersion: 2,
      savedAt: at("2026-12-02T12:00:05Z"),
    };
    expect(shouldRestore(backup, server)).toBe(true);
  });

  it("does not restore what the server already has, or text older than the server's copy", () => {
    expect(
      shouldRestore({ values: values(), baseVersion: 2, savedAt: at("2026-12-02T13:00:00Z") }, server),
    ).toBe(false);
    const older = {
      values: values({ bodyMarkdown: "Old." }),
      baseVersion: 1,
      savedAt: at("2026-12-02T11:00:00Z"),
    };
    expect(shouldRestore(older, server)).toBe(false);
    expect(shouldRestore(null, server)).toBe(false);
  });

  it("restores a new article's backup only when something was typed", () => {
    const typed = { values: values(), baseVersion: null, savedAt: 1 };
    const zoneOnly = {
      values: values({ title: "", bodyMarkdown: "", tags: [], zoneId: 4 }),
      baseVersion: null,
      savedAt: 1,
    };
    expect(shouldRestore(typed, null)).toBe(true);
    expect(shouldRestore(zoneOnly, null)).toBe(false);
  });
});
