import { readFile, rm } from "node:fs/promises";
import path from "node:path";
import sharp from "sharp";
import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";
import { POST as coverRoute } from "@/app/api/uploads/cover/route";
import { GET as serveUpload } from "@/app/uploads/[...key]/route";
import type { CurrentUser } from "@/lib/auth/guards";
import { db } from "@/lib/db/client";
import { uploadKeyFromUrl } from "@/lib/uploads/keys";
import {
  HTML,
  pixelBombPng,
  PRIVATE_MARKERS,
  privateRotatedJpeg,
  solidPng,
  SVG,
} from "@/tests/fixtures/images/make";
import { createUser } from "@/tests/factories/users";

// POST /api/uploads/cover with the request-scoped part (who is signed in) replaced; storage,
// image processing and the Upload rows are real.
const mocks = await vi.hoisted(async () => {
  const { mkdtempSync } = await import("node:fs");
  const { tmpdir } = await import("node:os");
  const { join } = await import("node:path");
  // Read once by lib/env.ts: set before anything imports it.
  process.env.UPLOAD_DIR = mkdtempSync(join(tmpdir(), "zonepress-cover-test-"));
  return { uploadDir: process.env.UPLOAD_DIR, currentUser: null as CurrentUser | null };
});
vi.mock("@/lib/auth/guards", () => ({ getCurrentUser: async () => mocks.currentUser }));

const ORIGIN = "http://localhost:3000";

function coverRequest(bytes: Uint8Array | null, options: { origin?: string; field?: string } = {}): Request {
  const form = new FormData();
  if (bytes)
    form.set(
      options.field ?? "cover",
      new File([new Uint8Array(bytes)], "cover.jpg", { type: "image/jpeg" }),
    );
  return new Request(`${ORIGIN}/api/uploads/cover`, {
    method: "POST",
    headers: { Origin: options.origin ?? ORIGIN },
    body: form,
  });
}

async function signIn() {
  const user = await createUser();
  mocks.currentUser = {
    id: user.id,
    email: user.email,
    username: user.username,
    name: user.name,
    role: user.role,
    avatarUrl: user.avatarUrl,
    isCore: user.isCore,
    tokenVersion: user.tokenVersion,
  };
  return user;
}

async function refusal(response: Response) {
  const body = (await response.json()) as { errors?: { cover?: string } };
  return { status: response.status, message: body.errors?.cover ?? "" };
}

afterAll(async () => {
  await rm(mocks.uploadDir, { recursive: true, force: true });
});

beforeEach(() => {
  mocks.currentUser = null;
});

describe("POST /api/uploads/cover", () => {
  it("refuses cross-site requests and signed-out visitors, storing nothing", async () => {
    const before = await db.upload.count();
    expect(
      (await coverRoute(coverRequest(await solidPng(), { origin: "https://evil.example" }))).status,
    ).toBe(403);
    expect((await coverRoute(coverRequest(await solidPng()))).status).toBe(401);
    expect(await db.upload.count()).toBe(before);
  });

  it("re-encodes a photo to a WebP within 1600×900, upright, without its metadata, and records it", async () => {
    const user = await signIn();
    const response = await coverRoute(coverRequest(await privateRotatedJpeg()));
    expect(response.status).toBe(201);
    expect(response.headers.get("cache-control")).toContain("no-store");
    const { url } = (await response.json()) as { url: string };
    expect(url).toMatch(/^\/uploads\/covers\/[0-9a-f]{32}\.webp$/);
    const key = uploadKeyFromUrl(url)!;
    const stored = await readFile(path.join(mocks.uploadDir, key));
    const meta = await sharp(stored).metadata();
    // The fixture is 400×200 with orientation 6: displayed as 200×400, never enlarged.
    expect(meta).toMatchObject({ format: "webp", width: 200, height: 400 });
    expect(meta.exif).toBeUndefined();
    expect(meta.xmp).toBeUndefined();
    const text = stored.toString("latin1");
    for (const marker of PRIVATE_MARKERS) expect(text).not.toContain(marker);
    expect(await db.upload.findUnique({ where: { key } })).toMatchObject({
      ownerId: user.id,
      mimeType: "image/webp",
      width: 200,
      height: 400,
      size: stored.byteLength,
    });
  });

  it("scales a large image down to fit 1600×900, keeping its shape", async () => {
    await signIn();
    const response = await coverRoute(coverRequest(await solidPng(3200, 1200)));
    expect(response.status).toBe(201);
    const { url } = (await response.json()) as { url: string };
    const stored = await readFile(path.join(mocks.uploadDir, uploadKeyFromUrl(url)!));
    expect(await sharp(stored).metadata()).toMatchObject({ width: 1600, height: 600 });
  });

  it("is served from its Upload row like avatars", async () => {
    await signIn();
    const { url } = (await (await coverRoute(coverRequest(await solidPng(320, 180)))).json()) as {
      url: string;
    };
    const key = uploadKeyFromUrl(url)!;
    const served = await serveUpload(new Request(`${ORIGIN}${url}`), {
      params: Promise.resolve({ key: key.split("/") }),
    });
    expect(served.status).toBe(200);
    expect(served.headers.get("content-type")).toBe("image/webp");
  });

  it("refuses what is not a PNG, JPEG or WebP by its content, with a message for the field", async () => {
    await signIn();
    const before = await db.upload.count();
    for (const bytes of [SVG, HTML, Buffer.from("GIF89a not really")]) {
      const answer = await refusal(await coverRoute(coverRequest(bytes)));
      expect(answer.status).toBe(422);
      expect(answer.message).toMatch(/PNG, JPEG or WebP/);
    }
    const bomb = await refusal(await coverRoute(coverRequest(pixelBombPng(20_000, 20_000))));
    expect(bomb).toMatchObject({ status: 422, message: expect.stringMatching(/too many pixels/) });
    const missing = await refusal(await coverRoute(coverRequest(await solidPng(), { field: "avatar" })));
    expect(missing).toMatchObject({ status: 422, message: expect.stringMatching(/Choose an image/) });
    expect(await db.upload.count()).toBe(before);
  });

  it("refuses a file over 5 MB with 413 before decoding it", async () => {
    await signIn();
    const answer = await refusal(await coverRoute(coverRequest(new Uint8Array(6 * 1024 * 1024))));
    expect(answer.status).toBe(413);
    expect(answer.message).toMatch(/5 MB/);
  });
});
