import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createScratchDatabase, type ScratchDatabase } from "../../helpers/database";

// "The newest authors of the whole site" cannot be asserted on the shared run database, where
// other files publish articles (some dated far in the future) at the same time. So this file
// has a database of its own; lib/db/client reads DATABASE_URL when first imported, hence the
// dynamic imports.
let scratch: ScratchDatabase;

beforeAll(async () => {
  scratch = await createScratchDatabase();
  process.env.DATABASE_URL = scratch.url;
});

afterAll(() => scratch?.drop());

describe("listRecentAuthorUsernames", () => {
  it("lists each recent author once, newest first, without suspended members", async () => {
    const { listRecentAuthorUsernames } = await import("@/lib/db/users");
    const { createArticle } = await import("../../factories/articles");
    const { createUser } = await import("../../factories/users");
    const base = Date.UTC(2026, 0, 1);
    const [first, second, suspended, older] = await Promise.all([
      createUser(),
      createUser(),
      createUser({ suspendedAt: new Date() }),
      createUser(),
    ]);
    await createArticle({ authorId: older.id, status: "PUBLISHED", publishedAt: new Date(base) });
    await createArticle({ authorId: second.id, status: "PUBLISHED", publishedAt: new Date(base + 1000) });
    await createArticle({ authorId: first.id, status: "PUBLISHED", publishedAt: new Date(base + 2000) });
    await createArticle({ authorId: first.id, status: "PUBLISHED", publishedAt: new Date(base + 3000) });
    await createArticle({ authorId: suspended.id, status: "PUBLISHED", publishedAt: new Date(base + 4000) });
    await createArticle({ authorId: older.id, status: "DRAFT" });

    expect(await listRecentAuthorUsernames(2)).toEqual([first.username, second.username]);
    expect(await listRecentAuthorUsernames(10)).toEqual([first.username, second.username, older.username]);
  });
});
