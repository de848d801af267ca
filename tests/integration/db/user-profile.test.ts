import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { findRedirect } from "@/lib/db/redirects";
import { getPublicProfile } from "@/lib/db/users";
import { createArticle } from "@/tests/factories/articles";
import { uniqueSuffix } from "@/tests/factories/unique";
import { createUser } from "@/tests/factories/users";

describe("getPublicProfile", () => {
  it("returns the public fields and counts only published articles", async () => {
    const joinedAt = new Date(Date.UTC(2024, 4, 17, 12));
    const user = await createUser({
      name: "Ada Example",
      bio: "Writes about *queues*.",
      bioHtml: "<p>Writes about <em>queues</em>.</p>",
      avatarUrl: "/images/avatars/ada.png",
      isCore: true,
      createdAt: joinedAt,
    });
    await createArticle({ authorId: user.id, status: "PUBLISHED" });
    await createArticle({ authorId: user.id, status: "PUBLISHED" });
    for (const status of ["DRAFT", "SUBMITTED", "CHANGES_REQUESTED", "REJECTED", "ARCHIVED"] as const) {
      await createArticle({ authorId: user.id, status });
    }

    expect(await getPublicProfile(user.username)).toEqual({
      id: user.id,
      username: user.username,
      name: "Ada Example",
      bioHtml: "<p>Writes about <em>queues</em>.</p>",
      avatarUrl: "/images/avatars/ada.png",
      isCore: true,
      joinedAt,
      publishedArticleCount: 2,
    });
  });

  it("returns null for an unknown username", async () => {
    expect(await getPublicProfile(`nobody-${uniqueSuffix()}`)).toBeNull();
  });

  it("returns null for a suspended member", async () => {
    const user = await createUser({ suspendedAt: new Date() });
    await createArticle({ authorId: user.id, status: "PUBLISHED" });
    expect(await getPublicProfile(user.username)).toBeNull();
  });
});

describe("findRedirect", () => {
  it("returns the new path of a renamed profile and null for unknown paths", async () => {
    const n = uniqueSuffix();
    await db.redirect.create({ data: { fromPath: `/users/old-${n}`, toPath: `/users/new-${n}` } });
    expect(await findRedirect(`/users/old-${n}`)).toBe(`/users/new-${n}`);
    expect(await findRedirect(`/users/never-${n}`)).toBeNull();
  });

  it("ignores targets that would leave the site", async () => {
    const n = uniqueSuffix();
    await db.redirect.create({ data: { fromPath: `/users/a-${n}`, toPath: "https://evil.example/x" } });
    await db.redirect.create({ data: { fromPath: `/users/b-${n}`, toPath: "//evil.example/x" } });
    expect(await findRedirect(`/users/a-${n}`)).toBeNull();
    expect(await findRedirect(`/users/b-${n}`)).toBeNull();
  });
});
