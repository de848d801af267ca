import { describe, expect, it } from "vitest";
import { identityFromProfile } from "@/lib/auth/oauth";
import { signInWithOAuth, type OAuthIdentity } from "@/lib/db/auth";
import { db } from "@/lib/db/client";
import { createUser } from "../../factories/users";
import { uniqueSuffix } from "../../factories/unique";

function identity(overrides: Partial<OAuthIdentity> = {}): OAuthIdentity {
  const n = uniqueSuffix();
  return {
    provider: "github",
    providerAccountId: `gh-${n}`,
    type: "oauth",
    email: `octo-${n}@example.test`,
    emailVerified: true,
    name: `Octo ${n}`,
    preferredUsername: `octo-${n}`,
    image: null,
    ...overrides,
  };
}

describe("OAuth sign-in", () => {
  it("links to the existing account with the same provider-verified email", async () => {
    const user = await createUser();
    const outcome = await signInWithOAuth(identity({ email: user.email.toUpperCase() }));
    expect(outcome).toMatchObject({ ok: true, linked: "by-email", user: { id: user.id } });
    expect(await db.account.count({ where: { userId: user.id, provider: "github" } })).toBe(1);
  });

  it("never links by an email the provider has not verified", async () => {
    const user = await createUser();
    const outcome = await signInWithOAuth(identity({ email: user.email, emailVerified: false }));
    expect(outcome).toEqual({ ok: false, reason: "email-unverified" });
    expect(await db.account.count({ where: { userId: user.id } })).toBe(0);
  });

  it("signs in through an existing link next time, even if the email changed at the provider", async () => {
    const first = identity();
    const created = await signInWithOAuth(first);
    expect(created).toMatchObject({ ok: true, linked: "new-account" });
    const again = await signInWithOAuth({ ...first, email: `changed-${uniqueSuffix()}@example.test` });
    expect(again).toMatchObject({ ok: true, linked: "existing-link" });
    if (created.ok && again.ok) expect(again.user.id).toBe(created.user.id);
  });

  it("creates a member with a free username derived from the provider's", async () => {
    const taken = await createUser();
    const outcome = await signInWithOAuth(identity({ preferredUsername: taken.username.toUpperCase() }));
    expect(outcome.ok).toBe(true);
    if (outcome.ok) {
      expect(outcome.user.username).toBe(`${taken.username}-2`);
      const row = await db.user.findUniqueOrThrow({ where: { id: outcome.user.id } });
      expect(row.passwordHash).toBeNull();
      expect(row.emailVerified).not.toBeNull();
    }
  });

  it("refuses a suspended account, linked or not", async () => {
    const user = await createUser({ suspendedAt: new Date() });
    expect(await signInWithOAuth(identity({ email: user.email }))).toEqual({
      ok: false,
      reason: "suspended",
    });
  });

  it("needs an email to create an account", async () => {
    expect(await signInWithOAuth(identity({ email: null }))).toEqual({ ok: false, reason: "no-email" });
  });

  it("reads GitHub's and Google's profiles", () => {
    const github = identityFromProfile("github", "1", "oauth", {
      login: "octocat",
      name: "The Octocat",
      email: "octo@example.test",
      email_verified: true,
      avatar_url: "https://avatars.example/1",
    });
    expect(github).toMatchObject({
      preferredUsername: "octocat",
      emailVerified: true,
      image: "https://avatars.example/1",
    });
    const google = identityFromProfile("google", "2", "oauth", {
      name: "Ada",
      email: "ada@example.test",
      email_verified: false,
      picture: "https://pictures.example/2",
    });
    expect(google).toMatchObject({
      preferredUsername: "ada",
      emailVerified: false,
      image: "https://pictures.example/2",
    });
  });
});

describe("usernames from providers", () => {
  it("never hands out a reserved name or one our rules refuse", async () => {
    const admin = await signInWithOAuth(identity({ preferredUsername: "Admin" }));
    expect(admin.ok && admin.user.username).toMatch(/^admin-member(-\d+)?$/);
    const odd = await signInWithOAuth(identity({ preferredUsername: "__Ünïcode--Name__" }));
    expect(odd.ok && odd.user.username).toMatch(/^n-code-name(-\d+)?$/);
  });
});
