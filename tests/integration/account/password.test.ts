import { describe, expect, it } from "vitest";
import { userForSession } from "@/lib/auth/guards";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { changePasswordHash, getPasswordHash } from "@/lib/db/account";
import { createUser } from "@/tests/factories/users";

describe("changePasswordHash", () => {
  it("stores the new hash and ends every session issued before, keeping the new one valid", async () => {
    const user = await createUser({ passwordHash: await hashPassword("old correct horse") });
    const before = { userId: user.id, tokenVersion: user.tokenVersion };
    expect(await userForSession(before)).not.toBeNull();

    const version = await changePasswordHash(user.id, await hashPassword("new battery staple"));

    expect(version).toBe(user.tokenVersion + 1);
    expect(await userForSession(before)).toBeNull();
    expect(await userForSession({ userId: user.id, tokenVersion: version })).not.toBeNull();
    const stored = await getPasswordHash(user.id);
    expect(await verifyPassword(stored, "new battery staple")).toBe(true);
    expect(await verifyPassword(stored, "old correct horse")).toBe(false);
  });

  it("reports no password for an OAuth-only account", async () => {
    const user = await createUser({ passwordHash: null });
    expect(await getPasswordHash(user.id)).toBeNull();
  });
});
