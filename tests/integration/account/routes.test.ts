import { rm } from "node:fs/promises";
import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";
import { DELETE as removeAvatarRoute, POST as avatarRoute } from "@/app/api/account/avatar/route";
import { POST as deleteAccountRoute } from "@/app/api/account/delete/route";
import { GET as exportRoute } from "@/app/api/account/export/route";
import { POST as passwordRoute } from "@/app/api/account/password/route";
import { PATCH as profileRoute } from "@/app/api/account/profile/route";
import type { CurrentUser } from "@/lib/auth/guards";
import { hashPassword } from "@/lib/auth/password";
import { db } from "@/lib/db/client";
import { solidPng, SVG } from "@/tests/fixtures/images/make";
import { createArticle } from "@/tests/factories/articles";
import { uniqueSuffix } from "@/tests/factories/unique";
import { createUser } from "@/tests/factories/users";

// The route handlers with the request-scoped parts replaced: who is signed in (cookies),
// setting session cookies, and Next's cache invalidation. Everything else is real.
const mocks = await vi.hoisted(async () => ({
  uploadDir: await (async () => {
    const { mkdtempSync } = await import("node:fs");
    const { tmpdir } = await import("node:os");
    const { join } = await import("node:path");
    // Read once by lib/env.ts: set before anything imports it.
    process.env.UPLOAD_DIR = mkdtempSync(join(tmpdir(), "zonepress-route-test-"));
    return process.env.UPLOAD_DIR;
  })(),
  currentUser: null as CurrentUser | null,
  startSession: vi.fn(),
  endSession: vi.fn(),
  revalidateTag: vi.fn(),
}));
vi.mock("@/lib/auth/guards", () => ({ getCurrentUser: async () => mocks.currentUser }));
vi.mock("@/lib/auth/session", () => ({ startSession: mocks.startSession, endSession: mocks.endSession }));
vi.mock("next/cache", () => ({ revalidateTag: mocks.revalidateTag }));

const ORIGIN = "http://localhost:3000";
const PASSWORD = "a long enough passphrase";

function jsonRequest(path: string, method: string, body: unknown, origin = ORIGIN): Request {
  return new Request(`${ORIGIN}${path}`, {
    method,
    headers: { "Content-Type": "application/json", Origin: origin },
    body: JSON.stringify(body),
  });
}

async function signIn(overrides: Parameters<typeof createUser>[0] = {}) {
  const user = await createUser({ passwordHash: await hashPassword(PASSWORD), ...overrides });
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

afterAll(async () => {
  await rm(mocks.uploadDir, { recursive: true, force: true });
});

beforeEach(() => {
  mocks.currentUser = null;
  vi.clearAllMocks();
});

describe("PATCH /api/account/profile", () => {
  it("refuses cross-site requests and signed-out visitors", async () => {
    await signIn();
    const body = { name: "X", username: "xyz", bio: "" };
    expect(
      (await profileRoute(jsonRequest("/api/account/profile", "PATCH", body, "https://evil.example"))).status,
    ).toBe(403);
    mocks.currentUser = null;
    expect((await profileRoute(jsonRequest("/api/account/profile", "PATCH", body))).status).toBe(401);
  });

  it("saves the profile, renders the bio safely and revalidates the old and new profile", async () => {
    const user = await signIn();
    const username = `renamed-${uniqueSuffix()}`;
    const response = await profileRoute(
      jsonRequest("/api/account/profile", "PATCH", {
        name: "  Ada  ",
        username: username.toUpperCase(),
        bio: "Hi *there* <script>alert(1)</script> [x](javascript:alert(1))",
      }),
    );
    expect(response.status).toBe(200);
    const saved = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(saved).toMatchObject({ name: "Ada", username });
    expect(saved.bioHtml).toContain("<em>there</em>");
    expect(saved.bioHtml).not.toMatch(/<script|javascript:/);
    for (const tag of [`user:${user.username}`, `user:${username}`, "feeds", "articles"]) {
      expect(mocks.revalidateTag).toHaveBeenCalledWith(tag, { expire: 0 });
    }
  });

  it("reports a taken username and a bio over 1,000 characters on their fields", async () => {
    const other = await createUser();
    await signIn();
    const taken = await profileRoute(
      jsonRequest("/api/account/profile", "PATCH", { name: "A", username: other.username, bio: "" }),
    );
    expect(taken.status).toBe(422);
    expect((await taken.json()).errors).toEqual({ username: "This username is taken; choose another" });
    const long = await profileRoute(
      jsonRequest("/api/account/profile", "PATCH", {
        name: "A",
        username: "fine-name",
        bio: "x".repeat(1001),
      }),
    );
    expect((await long.json()).errors).toMatchObject({ bio: "Use at most 1000 characters" });
  });
});

describe("POST and DELETE /api/account/avatar", () => {
  function avatarRequest(bytes: Uint8Array, name: string, type: string): Request {
    const form = new FormData();
    form.set("avatar", new File([new Uint8Array(bytes)], name, { type }));
    return new Request(`${ORIGIN}/api/account/avatar`, {
      method: "POST",
      body: form,
      headers: { Origin: ORIGIN },
    });
  }

  it("puts the reason a file is refused on the avatar field", async () => {
    await signIn();
    const response = await avatarRoute(avatarRequest(SVG, "me.png", "image/png"));
    expect(response.status).toBe(422);
    expect((await response.json()).errors.avatar).toMatch(/PNG, JPEG or WebP/);
  });

  it("sets the avatar from an image and removes it again", async () => {
    const user = await signIn();
    const response = await avatarRoute(avatarRequest(await solidPng(), "me.jpg", "image/jpeg"));
    expect(response.status).toBe(201);
    const { avatarUrl } = await response.json();
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).avatarUrl).toBe(avatarUrl);
    expect(mocks.revalidateTag).toHaveBeenCalledWith(`user:${user.username}`, { expire: 0 });
    const removed = await removeAvatarRoute(
      new Request(`${ORIGIN}/api/account/avatar`, { method: "DELETE", headers: { Origin: ORIGIN } }),
    );
    expect(await removed.json()).toEqual({ avatarUrl: null });
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).avatarUrl).toBeNull();
  });
});

describe("POST /api/account/password", () => {
  it("needs the current password", async () => {
    await signIn();
    const response = await passwordRoute(
      jsonRequest("/api/account/password", "POST", {
        currentPassword: "wrong one",
        newPassword: "another passphrase",
      }),
    );
    expect(response.status).toBe(422);
    expect((await response.json()).errors).toHaveProperty("currentPassword");
    expect(mocks.startSession).not.toHaveBeenCalled();
  });

  it("checks the new password's strength", async () => {
    await signIn();
    const response = await passwordRoute(
      jsonRequest("/api/account/password", "POST", { currentPassword: PASSWORD, newPassword: "password123" }),
    );
    expect((await response.json()).errors).toHaveProperty("newPassword");
  });

  it("changes it, ends other sessions and keeps this browser signed in with the new version", async () => {
    const user = await signIn();
    const response = await passwordRoute(
      jsonRequest("/api/account/password", "POST", {
        currentPassword: PASSWORD,
        newPassword: "a brand new passphrase",
      }),
    );
    expect(response.status).toBe(200);
    const saved = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(saved.tokenVersion).toBe(user.tokenVersion + 1);
    expect(mocks.startSession).toHaveBeenCalledWith({ userId: user.id, tokenVersion: saved.tokenVersion });
  });
});

describe("POST /api/account/delete", () => {
  it("requires the articles choice and the right password", async () => {
    const user = await signIn();
    const noChoice = await deleteAccountRoute(
      jsonRequest("/api/account/delete", "POST", { password: PASSWORD }),
    );
    expect((await noChoice.json()).errors).toHaveProperty("articles");
    const wrong = await deleteAccountRoute(
      jsonRequest("/api/account/delete", "POST", { articles: "keep", password: "not it at all" }),
    );
    expect((await wrong.json()).errors).toHaveProperty("password");
    expect(await db.user.findUnique({ where: { id: user.id } })).not.toBeNull();
    expect(mocks.endSession).not.toHaveBeenCalled();
  });

  it("deletes a password account, signs it out and sends the browser home", async () => {
    const user = await signIn();
    const article = await createArticle({ authorId: user.id, status: "PUBLISHED" });
    const response = await deleteAccountRoute(
      jsonRequest("/api/account/delete", "POST", { articles: "keep", password: PASSWORD }),
    );
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ redirectTo: "/?account=deleted" });
    expect(await db.user.findUnique({ where: { id: user.id } })).toBeNull();
    expect((await db.article.findUniqueOrThrow({ where: { id: article.id } })).authorId).toBeNull();
    expect(mocks.endSession).toHaveBeenCalled();
    for (const tag of ["articles", "feeds", "home", "members", `user:${user.username}`]) {
      expect(mocks.revalidateTag).toHaveBeenCalledWith(tag, { expire: 0 });
    }
  });

  it("asks an OAuth-only member to type their username instead", async () => {
    const user = await signIn({ passwordHash: null });
    const wrong = await deleteAccountRoute(
      jsonRequest("/api/account/delete", "POST", { articles: "delete", confirmUsername: "someone-else" }),
    );
    expect((await wrong.json()).errors).toHaveProperty("confirmUsername");
    const right = await deleteAccountRoute(
      jsonRequest("/api/account/delete", "POST", { articles: "delete", confirmUsername: user.username }),
    );
    expect(right.status).toBe(200);
    expect(await db.user.findUnique({ where: { id: user.id } })).toBeNull();
  });
});

describe("GET /api/account/export", () => {
  it("downloads the member's data as an attachment named after them", async () => {
    const user = await signIn();
    const response = await exportRoute();
    expect(response.headers.get("content-disposition")).toBe(
      `attachment; filename="zonepress-${user.username}.json"`,
    );
    expect(response.headers.get("content-type")).toMatch(/^application\/json/);
    expect((await response.json()).profile.username).toBe(user.username);
    mocks.currentUser = null;
    expect((await exportRoute()).status).toBe(401);
  });
});
