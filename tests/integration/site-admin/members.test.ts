import { beforeEach, describe, expect, it, vi } from "vitest";
import { PATCH as patchMember } from "@/app/api/editor/members/[id]/route";
import type { CurrentUser } from "@/lib/auth/guards";
import { db } from "@/lib/db/client";
import { searchMembers } from "@/lib/db/members";
import { createUser } from "@/tests/factories/users";
import { idContext, jsonRequest, userWithRole } from "./helpers";

// Member administration's gaps filled by site management: the reason of a suspension is shown
// with the member, and every change expires the tags at once (readers see it on their next
// request, not one request later).
const mocks = vi.hoisted(() => ({
  currentUser: null as CurrentUser | null,
  expired: [] as [string, unknown][],
}));
vi.mock("@/lib/auth/guards", async (importOriginal) => ({
  ...(await importOriginal<typeof import("@/lib/auth/guards")>()),
  getCurrentUser: async () => mocks.currentUser,
}));
vi.mock("next/cache", () => ({
  revalidateTag: (tag: string, profile: unknown) => mocks.expired.push([tag, profile]),
}));

beforeEach(() => {
  mocks.expired.length = 0;
});

const patch = (id: number, body: unknown) =>
  patchMember(jsonRequest(`/api/editor/members/${id}`, "PATCH", body), idContext(id));

describe("suspending with a reason", () => {
  it("shows the latest suspension's reason, and none once unsuspended or suspended without one", async () => {
    mocks.currentUser = await userWithRole("EDITOR");
    const member = await createUser();
    const row = async () => (await searchMembers(member.username, 1)).members[0]!;

    const suspended = await patch(member.id, { suspended: true, reason: "Posting spam links" });
    expect(suspended.status).toBe(200);
    expect(((await suspended.json()) as { member: { suspendReason: string } }).member.suspendReason).toBe(
      "Posting spam links",
    );
    expect((await row()).suspendReason).toBe("Posting spam links");
    expect(mocks.expired).toEqual(
      expect.arrayContaining([
        [`user:${member.username}`, { expire: 0 }],
        ["members", { expire: 0 }],
        ["articles", { expire: 0 }],
      ]),
    );

    await patch(member.id, { suspended: false, reason: "Appeal accepted" });
    expect((await row()).suspendReason).toBeNull();
    await patch(member.id, { suspended: true });
    expect((await row()).suspendReason).toBeNull();

    const audit = await db.auditLog.findMany({
      where: { targetType: "User", targetId: String(member.id) },
      orderBy: { id: "asc" },
      select: { action: true, details: true, actorId: true },
    });
    expect(audit).toEqual([
      {
        action: "member.suspend",
        actorId: mocks.currentUser.id,
        details: { username: member.username, reason: "Posting spam links" },
      },
      {
        action: "member.unsuspend",
        actorId: mocks.currentUser.id,
        details: { username: member.username, reason: "Appeal accepted" },
      },
      { action: "member.suspend", actorId: mocks.currentUser.id, details: { username: member.username } },
    ]);
  });
});
