import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createScratchDatabase, type ScratchDatabase } from "../../helpers/database";

// The dashboard counts the whole site's submissions, which other files create in the shared run
// database at the same time, so this file has a database of its own (imports after the switch:
// lib/db/client reads DATABASE_URL when first imported).
let scratch: ScratchDatabase;
let editor: typeof import("@/lib/db/editor");
let createArticle: typeof import("../../factories/articles").createArticle;
let createUser: typeof import("../../factories/users").createUser;
let createZone: typeof import("../../factories/zones").createZone;

beforeAll(async () => {
  scratch = await createScratchDatabase();
  process.env.DATABASE_URL = scratch.url;
  editor = await import("@/lib/db/editor");
  ({ createArticle } = await import("../../factories/articles"));
  ({ createUser } = await import("../../factories/users"));
  ({ createZone } = await import("../../factories/zones"));
});

afterAll(() => scratch?.drop());

const DAY = 24 * 60 * 60 * 1000;
const now = new Date(Date.UTC(2026, 2, 10, 12));
const daysAgo = (days: number) => new Date(now.getTime() - days * DAY);

describe("editor dashboard", () => {
  it("counts and lists waiting submissions oldest first, leaving out scheduled and other statuses", async () => {
    const before = await editor.getEditorDashboardCounts(now);
    expect(before).toEqual({ waiting: 0, oldestSubmittedAt: null, scheduled: 0, publishedThisWeek: 0 });
    expect(await editor.listReviewQueue()).toEqual({ items: [], more: 0 });

    const zone = await createZone({ name: "Queue Zone" });
    const author = await createUser({ name: "Queue Author" });
    const newest = await createArticle({
      zoneId: zone.id,
      authorId: author.id,
      status: "SUBMITTED",
      submittedAt: daysAgo(1),
    });
    const oldest = await createArticle({
      zoneId: zone.id,
      authorId: author.id,
      status: "SUBMITTED",
      submittedAt: daysAgo(5),
    });
    const formerMember = await createArticle({
      zoneId: zone.id,
      authorId: null,
      status: "SUBMITTED",
      submittedAt: daysAgo(3),
    });
    await createArticle({
      zoneId: zone.id,
      status: "SUBMITTED",
      submittedAt: daysAgo(9),
      scheduledFor: daysAgo(-1),
    });
    await createArticle({ zoneId: zone.id, status: "DRAFT" });
    await createArticle({ zoneId: zone.id, status: "CHANGES_REQUESTED", submittedAt: daysAgo(20) });
    await createArticle({ zoneId: zone.id, status: "PUBLISHED", publishedAt: daysAgo(2) });
    await createArticle({ zoneId: zone.id, status: "PUBLISHED", publishedAt: daysAgo(6.9) });
    await createArticle({ zoneId: zone.id, status: "PUBLISHED", publishedAt: daysAgo(8) });
    await createArticle({ zoneId: zone.id, status: "PUBLISHED", publishedAt: daysAgo(-2) });

    expect(await editor.getEditorDashboardCounts(now)).toEqual({
      waiting: 3,
      oldestSubmittedAt: daysAgo(5),
      scheduled: 1,
      publishedThisWeek: 2,
    });
    const queue = await editor.listReviewQueue();
    expect(queue.more).toBe(0);
    expect(queue.items.map((item) => item.id)).toEqual([oldest.id, formerMember.id, newest.id]);
    expect(queue.items[0]).toEqual({
      id: oldest.id,
      title: oldest.title,
      author: { name: "Queue Author", username: author.username },
      zone: { name: "Queue Zone", slug: zone.slug },
      submittedAt: daysAgo(5),
    });
    expect(queue.items[1]?.author).toBeNull();
  });

  it("shows at most `limit` submissions and counts the rest", async () => {
    const zone = await createZone();
    const total = (await editor.getEditorDashboardCounts(now)).waiting;
    for (let i = 0; i < 4; i++) {
      await createArticle({ zoneId: zone.id, status: "SUBMITTED", submittedAt: daysAgo(0.5 + i / 100) });
    }

    const queue = await editor.listReviewQueue(2);

    expect(queue.items).toHaveLength(2);
    expect(queue.more).toBe(total + 4 - 2);
    const times = queue.items.map((item) => item.submittedAt?.getTime() ?? 0);
    expect(times).toEqual([...times].sort((a, b) => a - b));
  });
});
