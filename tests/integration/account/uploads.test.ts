import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import sharp from "sharp";
import { afterAll, describe, expect, it, vi } from "vitest";
import { GET } from "@/app/uploads/[...key]/route";
import { db } from "@/lib/db/client";
import { clearAvatar, saveAvatar } from "@/lib/uploads/avatar";
import { processAvatar } from "@/lib/uploads/images";
import { newUploadKey, uploadKeyFromUrl } from "@/lib/uploads/keys";
import { solidPng } from "@/tests/fixtures/images/make";
import { createUser } from "@/tests/factories/users";

// UPLOAD_DIR is read once (lib/env.ts), so it points at a scratch directory before anything
// is imported; hoisted code cannot use the static imports, hence the dynamic ones.
const uploadDir = await vi.hoisted(async () => {
  const { mkdtempSync } = await import("node:fs");
  const { tmpdir } = await import("node:os");
  const { join } = await import("node:path");
  const dir = mkdtempSync(join(tmpdir(), "zonepress-upload-test-"));
  process.env.UPLOAD_DIR = dir;
  return dir;
});

afterAll(async () => {
  await rm(uploadDir, { recursive: true, force: true });
});

async function avatarImage() {
  const result = await processAvatar(await solidPng(320, 200));
  if (!result.ok) throw new Error(result.message);
  return result.image;
}

function serve(key: string) {
  return GET(new Request(`http://localhost:3000/uploads/${key}`), {
    params: Promise.resolve({ key: key.split("/") }),
  });
}

const fileOf = (key: string) => path.join(uploadDir, key);

describe("saveAvatar and clearAvatar", () => {
  it("stores the avatar under a random key, records it and points the member at it", async () => {
    const user = await createUser();
    const url = await saveAvatar(user.id, await avatarImage());
    const key = uploadKeyFromUrl(url);
    expect(url).toMatch(/^\/uploads\/avatars\/[0-9a-f]{32}\.webp$/);
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).avatarUrl).toBe(url);
    expect(await db.upload.findUnique({ where: { key: key! } })).toMatchObject({
      ownerId: user.id,
      mimeType: "image/webp",
      width: 256,
      height: 256,
    });
    expect((await sharp(await readFile(fileOf(key!))).metadata()).format).toBe("webp");
  });

  it("deletes the previous avatar's file and row when a new one is saved", async () => {
    const user = await createUser();
    const firstKey = uploadKeyFromUrl(await saveAvatar(user.id, await avatarImage()))!;
    const secondKey = uploadKeyFromUrl(await saveAvatar(user.id, await avatarImage()))!;
    expect(secondKey).not.toBe(firstKey);
    await expect(readFile(fileOf(firstKey))).rejects.toThrow(/ENOENT/);
    expect(await db.upload.findUnique({ where: { key: firstKey } })).toBeNull();
    expect(await db.upload.count({ where: { ownerId: user.id } })).toBe(1);
  });

  it("removes the avatar: initials again, no file, no row", async () => {
    const user = await createUser();
    const key = uploadKeyFromUrl(await saveAvatar(user.id, await avatarImage()))!;
    await clearAvatar(user.id);
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).avatarUrl).toBeNull();
    expect(await db.upload.count({ where: { ownerId: user.id } })).toBe(0);
    await expect(readFile(fileOf(key))).rejects.toThrow(/ENOENT/);
  });
});

describe("GET /uploads/[...key]", () => {
  it("serves a recorded upload with its type, nosniff and a year of caching", async () => {
    const user = await createUser();
    const key = uploadKeyFromUrl(await saveAvatar(user.id, await avatarImage()))!;
    const response = await serve(key);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("image/webp");
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(response.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
    const body = Buffer.from(await response.arrayBuffer());
    expect(body).toEqual(await readFile(fileOf(key)));
  });

  it("does not serve a file that has no Upload row, or an unknown key", async () => {
    const stray = newUploadKey("avatars", "webp");
    await mkdir(path.dirname(fileOf(stray)), { recursive: true });
    await writeFile(fileOf(stray), "<script>alert(1)</script>");
    expect((await serve(stray)).status).toBe(404);
    expect((await serve(newUploadKey("avatars", "webp"))).status).toBe(404);
  });

  it("answers 404 for paths that try to leave the upload directory", async () => {
    await writeFile(path.join(path.dirname(uploadDir), "zonepress-secret.webp"), "secret");
    for (const key of ["../zonepress-secret.webp", "avatars/../../zonepress-secret.webp", "%2e%2e/x.webp"]) {
      const response = await serve(key);
      expect(response.status, key).toBe(404);
      expect(await response.text()).not.toContain("secret");
    }
    await rm(path.join(path.dirname(uploadDir), "zonepress-secret.webp"), { force: true });
  });
});
