import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createScratchDatabase, type ScratchDatabase } from "../../helpers/database";

// The dashboard's "Scheduled to publish" list covers the whole site, which other files change at
// the same time, so this file has a database of its own (imports after the switch).
let scratch: ScratchDatabase;
let listScheduled: typeof import("@/lib/db/editor").listScheduled;
let listReviewQueue: typeof import("@/lib/db/editor").listReviewQueue;
let createArticle: typeof import("../../factories/articles").createArticle;
let createUser: typeof import("../../factories/users").createUser;

beforeAll(async () => {
  scratch = await createScratchDatabase();
  process.env.DATABASE_URL = scratch.url;
  ({ listScheduled, listReviewQueue } = await import("@/lib/db/editor"));
  ({ createArticle } = await import("../../factories/articles"));
  ({ createUser } = await import("../../factories/users"));
});

afterAll(() => scratch?.drop());

describe("scheduled submissions on the dashboard", () => {
  it("lists accepted submissions soonest first, apart from the queue", async () => {
    const author = await createUser({ name: "Sam Scheduled" });
    const hour = 3_600_000;
    const later = await createArticle({
      authorId: author.id,
      status: "SUBMITTED",
      scheduledFor: new Date(Date.now() + 5 * hour),
    });
    const sooner = await createArticle({
      authorId: author.id,
      status: "SUBMITTED",
      scheduledFor: new Date(Date.now() + hour),
    });
    const waiting = await createArticle({ authorId: author.id, status: "SUBMITTED" });
    // Published by its schedule: scheduledFor stays on the row, but it is not pending any more.
    await createArticle({ status: "PUBLISHED", scheduledFor: new Date(Date.now() - hour) });

    const scheduled = await listScheduled();
    expect(scheduled.map((item) => item.id)).toEqual([sooner.id, later.id]);
    expect(scheduled[0]).toMatchObject({ title: sooner.title, author: { name: "Sam Scheduled" } });
    expect((await listReviewQueue()).items.map((item) => item.id)).toEqual([waiting.id]);
  });
});
