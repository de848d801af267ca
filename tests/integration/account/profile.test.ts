import { describe, expect, it } from "vitest";
import { getEditableProfile, updateProfile } from "@/lib/db/account";
import { db } from "@/lib/db/client";
import { findRedirect } from "@/lib/db/redirects";
import { getPublicProfile } from "@/lib/db/users";
import { uniqueSuffix } from "@/tests/factories/unique";
import { createUser } from "@/tests/factories/users";

const fields = { name: "Ada Example", bio: "Hi", bioHtml: "<p>Hi</p>" };

/** A fresh username, as the username schema would accept it. */
const freshName = (label: string) => `${label}-${uniqueSuffix()}`;

describe("getEditableProfile", () => {
  it("returns the editable fields and whether the account has a password", async () => {
    const withPassword = await createUser({
      passwordHash: "$argon2id$x",
      bio: "Raw *bio*",
      bioHtml: "<p>x</p>",
    });
    const oauthOnly = await createUser({ passwordHash: null });
    expect(await getEditableProfile(withPassword.id)).toEqual({
      id: withPassword.id,
      email: withPassword.email,
      username: withPassword.username,
      name: withPassword.name,
      bio: "Raw *bio*",
      avatarUrl: null,
      hasPassword: true,
    });
    expect((await getEditableProfile(oauthOnly.id))?.hasPassword).toBe(false);
  });
});

describe("updateProfile", () => {
  it("saves name and bio (markdown and rendered HTML) without a redirect when the username stays", async () => {
    const user = await createUser();
    const result = await updateProfile(user.id, {
      name: "New Name",
      username: user.username,
      bio: "Writes about *queues*.",
      bioHtml: "<p>Writes about <em>queues</em>.</p>",
    });
    expect(result).toEqual({ ok: true, previousUsername: user.username, username: user.username });
    expect(await getPublicProfile(user.username)).toMatchObject({
      name: "New Name",
      bioHtml: "<p>Writes about <em>queues</em>.</p>",
    });
    expect(await findRedirect(`/users/${user.username}`)).toBeNull();
  });

  it("moves the profile and redirects the old URL to the new one", async () => {
    const user = await createUser();
    const renamed = freshName("renamed");
    expect(await updateProfile(user.id, { ...fields, username: renamed })).toEqual({
      ok: true,
      previousUsername: user.username,
      username: renamed,
    });
    expect(await getPublicProfile(user.username)).toBeNull();
    expect(await getPublicProfile(renamed)).toMatchObject({ id: user.id });
    expect(await findRedirect(`/users/${user.username}`)).toBe(`/users/${renamed}`);
  });

  it("keeps every former URL one hop from the current profile after several renames", async () => {
    const user = await createUser();
    const first = user.username;
    const second = freshName("second");
    const third = freshName("third");
    await updateProfile(user.id, { ...fields, username: second });
    await updateProfile(user.id, { ...fields, username: third });
    expect(await findRedirect(`/users/${first}`)).toBe(`/users/${third}`);
    expect(await findRedirect(`/users/${second}`)).toBe(`/users/${third}`);
    expect(await findRedirect(`/users/${third}`)).toBeNull();
  });

  it("refuses a username another member has", async () => {
    const other = await createUser();
    const user = await createUser();
    expect(await updateProfile(user.id, { ...fields, username: other.username })).toEqual({
      ok: false,
      reason: "username-taken",
    });
    expect((await getEditableProfile(user.id))?.username).toBe(user.username);
  });

  it("refuses another member's former username, which still redirects to them", async () => {
    const other = await createUser();
    const formerName = other.username;
    await updateProfile(other.id, { ...fields, username: freshName("moved") });
    const user = await createUser();
    expect(await updateProfile(user.id, { ...fields, username: formerName })).toEqual({
      ok: false,
      reason: "username-taken",
    });
    expect(await findRedirect(`/users/${formerName}`)).not.toBeNull();
  });

  it("lets a member take back their own former username and drops its redirect", async () => {
    const user = await createUser();
    const original = user.username;
    const interim = freshName("interim");
    await updateProfile(user.id, { ...fields, username: interim });
    expect(await updateProfile(user.id, { ...fields, username: original })).toMatchObject({ ok: true });
    expect(await findRedirect(`/users/${original}`)).toBeNull();
    expect(await findRedirect(`/users/${interim}`)).toBe(`/users/${original}`);
    expect(await getPublicProfile(original)).toMatchObject({ id: user.id });
  });

  it("lets only one of two members racing for the same username have it", async () => {
    const [a, b] = [await createUser(), await createUser()];
    const wanted = freshName("wanted");
    const results = await Promise.all([
      updateProfile(a.id, { ...fields, username: wanted }),
      updateProfile(b.id, { ...fields, username: wanted }),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok)).toEqual([{ ok: false, reason: "username-taken" }]);
    expect(await db.user.count({ where: { username: wanted } })).toBe(1);
  });
});
