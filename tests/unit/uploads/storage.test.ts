import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isValidUploadKey, newUploadKey, publicUploadUrl, uploadKeyFromUrl } from "@/lib/uploads/keys";
import { LocalDiskStorage } from "@/lib/uploads/local-disk";

let root: string;
let outside: string;

beforeAll(async () => {
  const base = await mkdtemp(path.join(tmpdir(), "zonepress-uploads-"));
  root = path.join(base, "uploads");
  outside = path.join(base, "secret.webp");
});

afterAll(async () => {
  await rm(path.dirname(root), { recursive: true, force: true });
});

describe("upload keys", () => {
  it("are random, unguessable and valid", () => {
    const a = newUploadKey("avatars", "webp");
    const b = newUploadKey("avatars", "webp");
    expect(a).toMatch(/^avatars\/[0-9a-f]{32}\.webp$/);
    expect(a).not.toBe(b);
    expect(isValidUploadKey(a)).toBe(true);
    expect(uploadKeyFromUrl(publicUploadUrl(a))).toBe(a);
  });

  it("never name a path outside the upload directory", () => {
    for (const key of [
      "../secret.webp",
      "avatars/../../secret.webp",
      "/etc/passwd",
      "avatars//x.webp",
      "avatars/./x.webp",
      "avatars/%2e%2e/x.webp",
      "avatars\\..\\x.webp",
      "Avatars/X.webp",
      "avatars/x",
      "",
    ]) {
      expect(isValidUploadKey(key), key).toBe(false);
    }
    expect(uploadKeyFromUrl("https://avatars.githubusercontent.com/u/1")).toBeNull();
    expect(uploadKeyFromUrl(null)).toBeNull();
  });
});

describe("LocalDiskStorage", () => {
  it("stores, reads and deletes files under its root", async () => {
    const storage = new LocalDiskStorage(root);
    const key = newUploadKey("avatars", "webp");
    await storage.put(key, new Uint8Array([1, 2, 3]), "image/webp");
    expect(await readFile(path.join(root, key))).toEqual(Buffer.from([1, 2, 3]));
    expect(await storage.get(key)).toEqual(Buffer.from([1, 2, 3]));
    // No temporary file is left next to it.
    expect(await readdir(path.join(root, "avatars"))).toEqual([path.basename(key)]);
    await storage.delete(key);
    expect(await storage.get(key)).toBeNull();
    await expect(storage.delete(key)).resolves.toBeUndefined();
  });

  it("refuses keys that would leave the root, for every operation", async () => {
    const storage = new LocalDiskStorage(root);
    await expect(storage.put("../secret.webp", new Uint8Array([1]), "image/webp")).rejects.toThrow(/Invalid/);
    await expect(storage.get("../secret.webp")).rejects.toThrow(/Invalid/);
    await expect(storage.delete("../secret.webp")).rejects.toThrow(/Invalid/);
    await expect(readFile(outside)).rejects.toThrow(/ENOENT/);
  });
});
