import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createScratchDatabase, type ScratchDatabase } from "../../helpers/database";

// The member count is site-wide, and other files add members to the shared run database at the
// same time, so this file has a database of its own. lib/db/client reads DATABASE_URL when first
// imported, hence the imports after it is set.
let scratch: ScratchDatabase;
let members: typeof import("@/lib/db/members");
let users: typeof import("@/lib/db/users");
let auth: typeof import("@/lib/db/auth");
let factories: typeof import("../../factories/users");
let db: typeof import("@/lib/db/client").db;

beforeAll(async () => {
  scratch = await createScratchDatabase();
  process.env.DATABASE_URL = scratch.url;
  members = await import("@/lib/db/members");
  users = await import("@/lib/db/users");
  auth = await import("@/lib/db/auth");
  factories = await import("../../factories/users");
  db = (await import("@/lib/db/client")).db;
});

afterAll(() => scratch?.drop());

const auditRows = (targetId: number) =>
  db.auditLog.findMany({
    where: { targetType: "User", targetId: String(targetId) },
    orderBy: { id: "asc" },
    select: { actorId: true, action: true, details: true },
  });

describe("updateMember", () => {
  it("lets an editor suspend a member: sessions end, the member count drops, the audit log says who and why", async () => {
    const editor = await factories.createUser({ role: "EDITOR" });
    const member = await factories.createUser({ tokenVersion: 3 });
    const before = await users.countMembers();

    const result = await members.updateMember(editor, member.id, { suspended: true, reason: "Spam links" });

    expect(result).toMatchObject({ ok: true, changed: ["suspended"] });
    const session = await auth.findSessionUser(member.id);
    expect(session?.suspendedAt).toBeInstanceOf(Date);
    expect(session?.tokenVersion).toBe(4);
    expect(await users.countMembers()).toBe(before - 1);
    expect(await users.getPublicProfile(member.username)).toBeNull();
    expect(await auditRows(member.id)).toEqual([
      {
        actorId: editor.id,
        action: "member.suspend",
        details: { username: member.username, reason: "Spam links" },
      },
    ]);
  });

  it("unsuspends without touching the token version, and asking twice changes and logs nothing", async () => {
    const editor = await factories.createUser({ role: "EDITOR" });
    const member = await factories.createUser({ suspendedAt: new Date(), tokenVersion: 2 });
    const before = await users.countMembers();

    expect(await members.updateMember(editor, member.id, { suspended: false })).toMatchObject({
      ok: true,
      changed: ["suspended"],
      member: { suspendedAt: null },
    });
    expect(await members.updateMember(editor, member.id, { suspended: false })).toMatchObject({
      ok: true,
      changed: [],
    });

    expect((await auth.findSessionUser(member.id))?.tokenVersion).toBe(2);
    expect(await users.countMembers()).toBe(before + 1);
    expect((await auditRows(member.id)).map((row) => row.action)).toEqual(["member.unsuspend"]);
  });

  it("lets an editor grant and revoke the Core badge", async () => {
    const editor = await factories.createUser({ role: "EDITOR" });
    const member = await factories.createUser();

    expect(await members.updateMember(editor, member.id, { isCore: true })).toMatchObject({
      ok: true,
      member: { isCore: true },
    });
    expect((await users.getPublicProfile(member.username))?.isCore).toBe(true);
    await members.updateMember(editor, member.id, { isCore: false });

    expect((await auditRows(member.id)).map((row) => row.action)).toEqual([
      "member.core.grant",
      "member.core.revoke",
    ]);
  });

  it("refuses to let an editor promote a member, and changes nothing", async () => {
    const editor = await factories.createUser({ role: "EDITOR" });
    const member = await factories.createUser();

    const result = await members.updateMember(editor, member.id, { role: "EDITOR", isCore: true });

    expect(result).toEqual({
      ok: false,
      reason: "forbidden",
      message: expect.stringMatching(/administrators/i),
    });
    expect(await auth.findSessionUser(member.id)).toMatchObject({ role: "MEMBER", isCore: false });
    expect(await auditRows(member.id)).toEqual([]);
  });

  it("lets an admin promote a member to editor and back, logging each change", async () => {
    const admin = await factories.createUser({ role: "ADMIN" });
    const member = await factories.createUser();

    expect(await members.updateMember(admin, member.id, { role: "EDITOR" })).toMatchObject({
      ok: true,
      member: { role: "EDITOR" },
    });
    expect((await auth.findSessionUser(member.id))?.role).toBe("EDITOR");
    await members.updateMember(admin, member.id, { role: "MEMBER" });

    expect(await auditRows(member.id)).toEqual([
      {
        actorId: admin.id,
        action: "member.role.change",
        details: { username: member.username, from: "MEMBER", to: "EDITOR" },
      },
      {
        actorId: admin.id,
        action: "member.role.change",
        details: { username: member.username, from: "EDITOR", to: "MEMBER" },
      },
    ]);
  });

  it("lets only an admin suspend an editor", async () => {
    const [editor, otherEditor, admin] = await Promise.all([
      factories.createUser({ role: "EDITOR" }),
      factories.createUser({ role: "EDITOR" }),
      factories.createUser({ role: "ADMIN" }),
    ]);

    expect(await members.updateMember(editor, otherEditor.id, { suspended: true })).toMatchObject({
      ok: false,
      reason: "forbidden",
    });
    expect((await auth.findSessionUser(otherEditor.id))?.suspendedAt).toBeNull();

    expect(await members.updateMember(admin, otherEditor.id, { suspended: true })).toMatchObject({
      ok: true,
    });
    expect((await auth.findSessionUser(otherEditor.id))?.suspendedAt).toBeInstanceOf(Date);
  });

  it("refuses changes to an admin and to one's own account", async () => {
    const [admin, otherAdmin] = await Promise.all([
      factories.createUser({ role: "ADMIN" }),
      factories.createUser({ role: "ADMIN" }),
    ]);

    expect(await members.updateMember(admin, otherAdmin.id, { suspended: true })).toMatchObject({
      ok: false,
      reason: "forbidden",
    });
    expect(await members.updateMember(admin, admin.id, { role: "MEMBER" })).toMatchObject({
      ok: false,
      reason: "forbidden",
    });
    expect(await auth.findSessionUser(otherAdmin.id)).toMatchObject({ role: "ADMIN", suspendedAt: null });
    expect((await auth.findSessionUser(admin.id))?.role).toBe("ADMIN");
  });

  it("answers not-found for an unknown member", async () => {
    const admin = await factories.createUser({ role: "ADMIN" });
    expect(await members.updateMember(admin, 2_000_000_000, { isCore: true })).toEqual({
      ok: false,
      reason: "not-found",
    });
  });
});

describe("searchMembers", () => {
  it("matches name, username or email ignoring case, newest first", async () => {
    const [byName, byUsername, byEmail] = await Promise.all([
      factories.createUser({ name: "Grace Zebrafish", createdAt: new Date(Date.UTC(2025, 0, 1)) }),
      factories.createUser({ username: "zebrafish-fan", createdAt: new Date(Date.UTC(2025, 0, 2)) }),
      factories.createUser({ email: "zebrafish@example.test", createdAt: new Date(Date.UTC(2025, 0, 3)) }),
      factories.createUser({ name: "Someone Else" }),
    ]);

    const result = await members.searchMembers("  ZEBRAfish ", 1);

    expect(result.members.map((m) => m.id)).toEqual([byEmail.id, byUsername.id, byName.id]);
    expect(result).toMatchObject({ total: 3, page: 1, pages: 1 });
    expect(result.members[2]).toMatchObject({ name: "Grace Zebrafish", role: "MEMBER", suspendedAt: null });
  });

  it("treats % and _ as the characters they are", async () => {
    const literal = await factories.createUser({ name: "Percent 100%_done" });
    await factories.createUser({ name: "Percent 100x done" });

    const result = await members.searchMembers("100%_", 1);

    expect(result.members.map((m) => m.id)).toEqual([literal.id]);
  });

  it("pages 50 members at a time", async () => {
    for (let i = 0; i < 51; i++) await factories.createUser({ name: `Pagewise Person ${i}` });

    const first = await members.searchMembers("pagewise", 1);
    const second = await members.searchMembers("pagewise", 2);

    expect(first).toMatchObject({ total: 51, pages: 2 });
    expect(first.members).toHaveLength(50);
    expect(second.members).toHaveLength(1);
    expect(first.members.map((m) => m.id)).not.toContain(second.members[0]?.id);
  });
});
