import { beforeEach, describe, expect, it, vi } from "vitest";
import { POST as retryRoute } from "@/app/api/editor/outbox/[id]/retry/route";
import { POST as testEmailRoute } from "@/app/api/editor/outbox/test/route";
import type { CurrentUser } from "@/lib/auth/guards";
import { db } from "@/lib/db/client";
import { getOutboxMessage, listOutbox, OUTBOX_PAGE_SIZE } from "@/lib/db/outbox-admin";
import { createUser } from "@/tests/factories/users";

// The admin side of the outbox: the list behind /editor/outbox and its two actions, with the
// request-scoped part (who is signed in) replaced and everything else real.

await vi.hoisted(async () => {
  const { useOwnDatabase } = await import("./own-database");
  await useOwnDatabase();
});
const mocks = vi.hoisted(() => ({ currentUser: null as CurrentUser | null }));
vi.mock("@/lib/auth/guards", async (importOriginal) => ({
  ...(await importOriginal<typeof import("@/lib/auth/guards")>()),
  getCurrentUser: async () => mocks.currentUser,
}));

const ORIGIN = "http://localhost:3000";

async function signIn(role: CurrentUser["role"]) {
  const user = await createUser({ role });
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

function post(path: string, body: unknown, origin = ORIGIN): Request {
  return new Request(`${ORIGIN}${path}`, {
    method: "POST",
    headers: { "Content-Type": "application/json", Origin: origin },
    body: JSON.stringify(body),
  });
}

const retry = (id: number | string, origin?: string) =>
  retryRoute(post(`/api/editor/outbox/${id}/retry`, {}, origin), {
    params: Promise.resolve({ id: String(id) }),
  });

async function message(status: "PENDING" | "SENT" | "FAILED", createdAt = new Date()) {
  return db.emailMessage.create({
    data: {
      to: "reader@example.com",
      subject: `A ${status.toLowerCase()} message`,
      html: "<p>Hi</p>",
      text: "Hi",
      status,
      attempts: status === "FAILED" ? 6 : 0,
      lastError: status === "FAILED" ? "421 (DATA) Try again later" : null,
      createdAt,
    },
  });
}

beforeEach(async () => {
  mocks.currentUser = null;
  await db.emailMessage.deleteMany();
  await db.auditLog.deleteMany();
});

describe("listOutbox", () => {
  it("lists newest first, filters by status and counts every status", async () => {
    const old = await message("SENT", new Date(Date.now() - 60_000));
    const failed = await message("FAILED");
    await message("PENDING", new Date(Date.now() - 30_000));

    const all = await listOutbox("all", 1);
    expect(all.counts).toEqual({ all: 3, pending: 1, sent: 1, failed: 1 });
    expect(all.messages.map((m) => m.status)).toEqual(["FAILED", "PENDING", "SENT"]);
    expect(all.messages.at(-1)!.id).toBe(old.id);

    const onlyFailed = await listOutbox("failed", 1);
    expect(onlyFailed.total).toBe(1);
    expect(onlyFailed.messages.map((m) => m.id)).toEqual([failed.id]);
  });

  it("pages through the messages", async () => {
    for (let i = 0; i < OUTBOX_PAGE_SIZE + 3; i++) await message("SENT", new Date(Date.now() - i * 1000));
    const first = await listOutbox("sent", 1);
    const second = await listOutbox("sent", 2);
    expect(first).toMatchObject({ total: OUTBOX_PAGE_SIZE + 3, pages: 2 });
    expect(first.messages).toHaveLength(OUTBOX_PAGE_SIZE);
    expect(second.messages).toHaveLength(3);
    expect(new Set([...first.messages, ...second.messages].map((m) => m.id)).size).toBe(OUTBOX_PAGE_SIZE + 3);
  });
});

describe("POST /api/editor/outbox/[id]/retry", () => {
  it("refuses cross-site requests, signed-out visitors, members and editors", async () => {
    const failed = await message("FAILED");
    await signIn("ADMIN");
    expect((await retry(failed.id, "https://evil.example")).status).toBe(403);
    mocks.currentUser = null;
    expect((await retry(failed.id)).status).toBe(401);
    await signIn("MEMBER");
    expect((await retry(failed.id)).status).toBe(403);
    await signIn("EDITOR");
    expect((await retry(failed.id)).status).toBe(403);
    expect(await db.emailMessage.findUniqueOrThrow({ where: { id: failed.id } })).toMatchObject({
      status: "FAILED",
    });
  });

  it("gives a failed message fresh attempts, audited", async () => {
    const failed = await message("FAILED");
    const admin = await signIn("ADMIN");
    const response = await retry(failed.id);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ message: { id: failed.id, status: "PENDING" } });

    const stored = await db.emailMessage.findUniqueOrThrow({ where: { id: failed.id } });
    expect(stored).toMatchObject({ status: "PENDING", attempts: 0, lastError: null });
    expect(stored.sendAfter.getTime()).toBeLessThanOrEqual(Date.now());
    const audit = await db.auditLog.findFirstOrThrow({
      where: { targetType: "EmailMessage", targetId: String(failed.id) },
    });
    expect(audit).toMatchObject({
      actorId: admin.id,
      action: "email.retry",
      details: { attempts: 6, lastError: "421 (DATA) Try again later" },
    });
  });

  it("answers 409 for a message that did not fail and 404 for an unknown one", async () => {
    await signIn("ADMIN");
    const sent = await message("SENT");
    const pending = await message("PENDING");
    const sentResponse = await retry(sent.id);
    expect(sentResponse.status).toBe(409);
    expect((await sentResponse.json()).detail).toBe("This email was already sent.");
    expect((await retry(pending.id)).status).toBe(409);
    expect((await retry(2_000_000_000)).status).toBe(404);
    expect((await retry("12abc")).status).toBe(404);
    expect(await db.auditLog.count({ where: { action: "email.retry" } })).toBe(0);
  });
});

describe("POST /api/editor/outbox/test", () => {
  it("names the field when the address is wrong, and writes nothing", async () => {
    await signIn("ADMIN");
    const response = await testEmailRoute(post("/api/editor/outbox/test", { to: "not an address" }));
    expect(response.status).toBe(422);
    expect((await response.json()).errors).toEqual({ to: "Enter an email address like name@example.com" });
    const empty = await testEmailRoute(post("/api/editor/outbox/test", { to: "  " }));
    expect((await empty.json()).errors).toEqual({ to: "Enter an email address" });
    expect(await db.emailMessage.count()).toBe(0);
  });

  it("is for admins only", async () => {
    await signIn("EDITOR");
    expect((await testEmailRoute(post("/api/editor/outbox/test", { to: "me@example.com" }))).status).toBe(
      403,
    );
    mocks.currentUser = null;
    expect((await testEmailRoute(post("/api/editor/outbox/test", { to: "me@example.com" }))).status).toBe(
      401,
    );
    expect(await db.emailMessage.count()).toBe(0);
  });

  it("queues a rendered test email to the address, audited", async () => {
    const admin = await signIn("ADMIN");
    const response = await testEmailRoute(post("/api/editor/outbox/test", { to: " Ops@Example.com " }));
    expect(response.status).toBe(201);
    const { message: created } = (await response.json()) as { message: { id: number; to: string } };
    expect(created.to).toBe("Ops@Example.com");

    const stored = await getOutboxMessage(created.id);
    expect(stored).toMatchObject({
      to: "Ops@Example.com",
      kind: "test",
      status: "PENDING",
      subject: "Test email from Zonepress",
    });
    expect(stored!.html).toContain("Email delivery works");
    expect(stored!.text).toContain(`${admin.name} sent this test from the Zonepress outbox`);
    expect(stored!.html).toContain('href="http://localhost:3000/editor/outbox"');
    expect(stored!.text).toContain("Open the outbox http://localhost:3000/editor/outbox");
    expect(await db.auditLog.count({ where: { action: "email.test", actorId: admin.id } })).toBe(1);
  });
});
