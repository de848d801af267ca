import { describe, expect, it } from "vitest";
import { userForSession } from "@/lib/auth/guards";
import { decodeSession, encodeSession } from "@/lib/auth/session";
import { bumpTokenVersion } from "@/lib/db/auth";
import { db } from "@/lib/db/client";
import { createUser } from "../../factories/users";

// The session cookie carries only the user id and token version; every request re-reads the
// user, so these changes take effect on the very next request.

async function sessionOf(user: { id: number; tokenVersion: number }) {
  return decodeSession(await encodeSession({ userId: user.id, tokenVersion: user.tokenVersion }));
}

describe("sessions", () => {
  it("round-trips only the user id and token version", async () => {
    const user = await createUser();
    const claims = await sessionOf(user);
    expect(claims).toEqual({ userId: user.id, tokenVersion: 0 });
    expect((await userForSession(claims!))?.username).toBe(user.username);
  });

  it("refuses forged, truncated and foreign tokens", async () => {
    const user = await createUser();
    const token = await encodeSession({ userId: user.id, tokenVersion: 0 });
    expect(await decodeSession(token.slice(0, -4) + "AAAA")).toBeNull();
    expect(await decodeSession(token.slice(0, 40))).toBeNull();
    expect(await decodeSession("not-a-token")).toBeNull();
    expect(await decodeSession("x".repeat(10_000))).toBeNull();
    expect(await decodeSession(undefined)).toBeNull();
  });

  it("ends every old session when the token version moves on (password change, sign out everywhere)", async () => {
    const user = await createUser();
    const before = (await sessionOf(user))!;
    expect(await userForSession(before)).not.toBeNull();
    const version = await bumpTokenVersion(user.id);
    expect(await userForSession(before)).toBeNull();
    expect(await userForSession({ userId: user.id, tokenVersion: version })).not.toBeNull();
  });

  it("ends the session of a suspended member on their next request, and not before unsuspension", async () => {
    const user = await createUser();
    const claims = (await sessionOf(user))!;
    await db.user.update({ where: { id: user.id }, data: { suspendedAt: new Date() } });
    expect(await userForSession(claims)).toBeNull();
    await db.user.update({ where: { id: user.id }, data: { suspendedAt: null } });
    expect(await userForSession(claims)).not.toBeNull();
  });

  it("shows a role change at once, without signing in again", async () => {
    const user = await createUser();
    const claims = (await sessionOf(user))!;
    expect((await userForSession(claims))?.role).toBe("MEMBER");
    await db.user.update({ where: { id: user.id }, data: { role: "EDITOR" } });
    expect((await userForSession(claims))?.role).toBe("EDITOR");
  });

  it("ends the session of a deleted account", async () => {
    const user = await createUser();
    const claims = (await sessionOf(user))!;
    await db.user.delete({ where: { id: user.id } });
    expect(await userForSession(claims)).toBeNull();
  });
});
