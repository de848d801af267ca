import { beforeEach, describe, expect, it, vi } from "vitest";

// The admin route runs a digest for the whole database: keep it to this file's rows.
await vi.hoisted(async () => {
  const { useOwnDatabase } = await import("@/tests/integration/email/own-database");
  await useOwnDatabase();
});

import { NextRequest } from "next/server";
import { POST as runDigestsRoute } from "@/app/api/editor/digests/route";
import { GET as mineGet, PUT as minePut } from "@/app/api/subscriptions/mine/route";
import type { CurrentUser } from "@/lib/auth/guards";
import { deleteAccount } from "@/lib/db/account-delete";
import { db } from "@/lib/db/client";
import type { Role } from "@/lib/db/generated/client";
import { getSubscriptionSettings } from "@/lib/db/subscriptions";
import { asCurrentUser, createUser } from "@/tests/factories/users";
import { createCategory, createZone } from "@/tests/factories/zones";
import { address, publish, subscribe } from "./fixtures";

// Members' subscriptions through the real route handlers, with only "who is signed in" (the
// session cookie) replaced: the Subscribe button's state, the settings form's one-transaction
// save, account deletion, and the admins' on-demand digest run.

const mocks = vi.hoisted(() => ({ currentUser: null as CurrentUser | null }));
vi.mock("@/lib/auth/guards", async (importOriginal) => ({
  ...(await importOriginal<typeof import("@/lib/auth/guards")>()),
  getCurrentUser: async () => mocks.currentUser,
}));

const ORIGIN = "http://localhost:3000";

async function signIn(role: Role = "MEMBER") {
  const user = await createUser({ role });
  mocks.currentUser = asCurrentUser(user);
  return user;
}

function put(choices: unknown, origin = ORIGIN) {
  return minePut(
    new Request(`${ORIGIN}/api/subscriptions/mine`, {
      method: "PUT",
      headers: { "Content-Type": "application/json", Origin: origin },
      body: JSON.stringify({ choices }),
    }),
  );
}

function stateOf(target: string, targetId: number | null) {
  const query = new URLSearchParams({ target, ...(targetId === null ? {} : { targetId: String(targetId) }) });
  return mineGet(new NextRequest(`${ORIGIN}/api/subscriptions/mine?${query}`)).then((r) => r.json());
}

beforeEach(() => {
  mocks.currentUser = null;
});

describe("a member's subscriptions", () => {
  it("subscribes at once from a button, changes frequency and unsubscribes", async () => {
    const zone = await createZone();
    expect(await stateOf("ZONE", zone.id)).toEqual({ signedIn: false });
    const member = await signIn();
    expect(await stateOf("ZONE", zone.id)).toEqual({ signedIn: true, email: member.email, frequency: "OFF" });

    expect((await put([{ target: "ZONE", targetId: zone.id, frequency: "DAILY" }])).status).toBe(200);
    expect(await stateOf("ZONE", zone.id)).toMatchObject({ frequency: "DAILY" });
    const row = await db.subscription.findFirstOrThrow({ where: { email: member.email } });
    expect(row).toMatchObject({ userId: member.id, target: "ZONE", targetId: zone.id });
    expect(row.confirmedAt).not.toBeNull();
    // No confirmation email: the member is signed in with this address.
    expect(await db.emailMessage.count({ where: { to: member.email } })).toBe(0);

    await put([{ target: "ZONE", targetId: zone.id, frequency: "WEEKLY" }]);
    expect(await stateOf("ZONE", zone.id)).toMatchObject({ frequency: "WEEKLY" });
    await put([{ target: "ZONE", targetId: zone.id, frequency: "OFF" }]);
    expect(await db.subscription.count({ where: { email: member.email } })).toBe(0);
  });

  it("saves the whole settings form in one transaction and lists it back", async () => {
    const category = await createCategory({ name: "Settings Category" });
    const zone = await createZone({ categoryId: category.id, name: "Settings Zone" });
    const author = await createUser({ name: "Followed Author" });
    const member = await signIn();
    await put([{ target: "AUTHOR", targetId: author.id, frequency: "DAILY" }]);

    const response = await put([
      { target: "NEWSLETTER", targetId: null, frequency: "WEEKLY" },
      { target: "CATEGORY", targetId: category.id, frequency: "DAILY" },
      { target: "ZONE", targetId: zone.id, frequency: "WEEKLY" },
      { target: "AUTHOR", targetId: author.id, frequency: "WEEKLY" },
    ]);
    expect(response.status).toBe(200);
    const settings = await getSubscriptionSettings(member.email);
    expect(settings.newsletter).toBe("WEEKLY");
    const listed = settings.categories.find((c) => c.id === category.id)!;
    expect(listed).toMatchObject({ name: "Settings Category", choice: "DAILY" });
    expect(listed.zones).toEqual([{ id: zone.id, name: "Settings Zone", choice: "WEEKLY" }]);
    expect(settings.authors).toEqual([
      { id: author.id, name: "Followed Author", username: author.username, choice: "WEEKLY" },
    ]);
  });

  it("writes nothing when one row names something that no longer exists, and says which", async () => {
    const zone = await createZone();
    const member = await signIn();
    const response = await put([
      { target: "ZONE", targetId: zone.id, frequency: "DAILY" },
      { target: "ZONE", targetId: 2_000_000_000, frequency: "DAILY" },
    ]);
    expect(response.status).toBe(422);
    expect((await response.json()).errors).toEqual({ "ZONE:2000000000": "This zone no longer exists" });
    expect(await db.subscription.count({ where: { email: member.email } })).toBe(0);

    const malformed = await put([{ target: "NEWSLETTER", targetId: 3, frequency: "DAILY" }]);
    expect(malformed.status).toBe(422);
    expect((await malformed.json()).errors).toEqual({
      "choices.0": "This row names nothing to subscribe to",
    });
    expect((await put([{ target: "ZONE", targetId: zone.id, frequency: "SOMETIMES" }])).status).toBe(422);
  });

  it("takes over an unconfirmed request made for the member's address", async () => {
    const zone = await createZone();
    const member = await signIn();
    await subscribe(member.email, "ZONE", zone.id, { confirmedAt: null, frequency: "WEEKLY" });
    expect(await stateOf("ZONE", zone.id)).toMatchObject({ frequency: "OFF" });
    await put([{ target: "ZONE", targetId: zone.id, frequency: "DAILY" }]);
    const rows = await db.subscription.findMany({ where: { email: member.email } });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ frequency: "DAILY", userId: member.id });
    expect(rows[0]!.confirmedAt).not.toBeNull();
  });

  it("refuses signed-out and cross-site saves", async () => {
    const zone = await createZone();
    expect((await put([{ target: "ZONE", targetId: zone.id, frequency: "DAILY" }])).status).toBe(401);
    await signIn();
    expect(
      (await put([{ target: "ZONE", targetId: zone.id, frequency: "DAILY" }], "https://evil.example")).status,
    ).toBe(403);
  });

  it("are deleted with the account, along with subscriptions to them as an author", async () => {
    const zone = await createZone();
    const member = await signIn();
    await put([{ target: "ZONE", targetId: zone.id, frequency: "DAILY" }]);
    const follower = address("follower");
    await subscribe(follower, "AUTHOR", member.id);
    await deleteAccount(member.id, "keep");
    expect(await db.subscription.count({ where: { email: member.email } })).toBe(0);
    expect(await db.subscription.count({ where: { email: follower } })).toBe(0);
  });
});

describe("POST /api/editor/digests", () => {
  const run = (frequency: unknown) =>
    runDigestsRoute(
      new Request(`${ORIGIN}/api/editor/digests`, {
        method: "POST",
        headers: { "Content-Type": "application/json", Origin: ORIGIN },
        body: JSON.stringify({ frequency }),
      }),
    );

  it("lets admins run a digest now, audited, and nobody else", async () => {
    expect((await run("DAILY")).status).toBe(401);
    await signIn("EDITOR");
    expect((await run("DAILY")).status).toBe(403);

    const zone = await createZone();
    const reader = address("admin-run");
    await subscribe(reader, "ZONE", zone.id, { frequency: "WEEKLY" });
    await publish(zone.id, 5);
    const admin = await signIn("ADMIN");
    expect((await run("HOURLY")).status).toBe(422);
    const response = await run("WEEKLY");
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ frequency: "WEEKLY", failed: 0 });
    expect(await db.emailMessage.count({ where: { to: reader, kind: "digest" } })).toBe(1);
    expect(
      await db.auditLog.count({ where: { actorId: admin.id, action: "digest.run", targetId: "WEEKLY" } }),
    ).toBe(1);
  });
});
