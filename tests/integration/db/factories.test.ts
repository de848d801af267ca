import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createArticle } from "@/tests/factories/articles";
import { createUser } from "@/tests/factories/users";
import { createCategory, createZone } from "@/tests/factories/zones";

// Also proves the harness: lib/db/client.ts reaches the run's migrated database through
// the DATABASE_URL that tests/setup/env.ts sets.

describe("factories", () => {
  it("create an article with its own author, zone and the zone's category", async () => {
    const article = await createArticle({ status: "PUBLISHED" });
    const stored = await db.article.findUniqueOrThrow({
      where: { id: article.id },
      include: { zone: true, author: true },
    });
    expect(stored.categoryId).toBe(stored.zone.categoryId);
    expect(stored.author?.email).toMatch(/^user-.+@example\.test$/);
    expect(stored.publishedAt).toBeInstanceOf(Date);
  });

  it("give every call unique slugs and emails", async () => {
    const users = await Promise.all([createUser(), createUser(), createUser()]);
    expect(new Set(users.map((u) => u.email)).size).toBe(3);
    expect(new Set(users.map((u) => u.username)).size).toBe(3);
    const [a, b] = await Promise.all([createCategory(), createCategory()]);
    expect(a?.slug).not.toBe(b?.slug);
  });

  it("apply overrides, reuse a given zone and allow an article without author", async () => {
    const category = await createCategory({ name: "Databases" });
    const zone = await createZone({ categoryId: category.id, name: "PostgreSQL" });
    const article = await createArticle({ zoneId: zone.id, authorId: null, title: "Vacuum explained" });
    expect(article).toMatchObject({
      zoneId: zone.id,
      categoryId: category.id,
      authorId: null,
      title: "Vacuum explained",
    });
    expect(category.name).toBe("Databases");
  });
});
