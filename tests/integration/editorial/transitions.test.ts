import { beforeAll, describe, expect, it } from "vitest";
import { transitionArticle, type TransitionRequest } from "@/lib/db/article-transitions";
import { db } from "@/lib/db/client";
import { createArticle } from "@/tests/factories/articles";
import { createUser } from "@/tests/factories/users";
import { createZone } from "@/tests/factories/zones";

// The editorial additions to the status machine (the status × action table of the original
// actions is tests/integration/authoring/transitions.test.ts): cancel-schedule, the job's
// publish-scheduled, republish, the rejection reason and the action marks on same-status events.

const transition = (request: TransitionRequest) => db.$transaction((tx) => transitionArticle(tx, request));
const events = (articleId: number) =>
  db.articleEvent.findMany({ where: { articleId }, orderBy: { id: "asc" } });

describe("editorial transitions", () => {
  let zoneId: number;
  let authorId: number;
  let editorId: number;
  const at = new Date(Date.UTC(2030, 5, 1, 12, 30));
  beforeAll(async () => {
    zoneId = (await createZone()).id;
    authorId = (await createUser()).id;
    editorId = (await createUser({ role: "EDITOR" })).id;
  });

  it("schedules with its job, cancels back into the queue, and says which was which", async () => {
    const article = await createArticle({ zoneId, authorId, status: "SUBMITTED" });
    const scheduled = await transition({
      articleId: article.id,
      actorId: editorId,
      action: "schedule",
      scheduledFor: at,
      scheduledJobId: "job-1",
    });
    expect(scheduled).toMatchObject({ from: "SUBMITTED", to: "SUBMITTED", previousJobId: null });
    expect(await db.article.findUniqueOrThrow({ where: { id: article.id } })).toMatchObject({
      scheduledFor: at,
      scheduledJobId: "job-1",
    });

    const moved = await transition({
      articleId: article.id,
      actorId: editorId,
      action: "schedule",
      scheduledFor: new Date(at.getTime() + 3_600_000),
      scheduledJobId: "job-2",
    });
    // The caller cancels the job the article had.
    expect(moved.previousJobId).toBe("job-1");

    const cancelled = await transition({
      articleId: article.id,
      actorId: editorId,
      action: "cancel-schedule",
    });
    expect(cancelled).toMatchObject({ to: "SUBMITTED", previousJobId: "job-2" });
    expect(await db.article.findUniqueOrThrow({ where: { id: article.id } })).toMatchObject({
      status: "SUBMITTED",
      scheduledFor: null,
      scheduledJobId: null,
    });
    expect((await events(article.id)).map((event) => event.reason)).toEqual([
      "schedule",
      "schedule",
      "cancel-schedule",
    ]);

    // Nothing left to cancel.
    await expect(
      transition({ articleId: article.id, actorId: editorId, action: "cancel-schedule" }),
    ).rejects.toMatchObject({ problem: "not-scheduled" });
  });

  it("publishes for the job only the schedule it was made for, naming the scheduling editor", async () => {
    const article = await createArticle({ zoneId, authorId, status: "SUBMITTED" });
    await transition({ articleId: article.id, actorId: editorId, action: "schedule", scheduledFor: at });
    await expect(
      transition({
        articleId: article.id,
        actorId: editorId,
        action: "publish-scheduled",
        scheduledFor: new Date(at.getTime() - 60_000),
      }),
    ).rejects.toMatchObject({ problem: "schedule-moved" });

    // The editor lost the role since: the decision was theirs when they took it.
    await db.user.update({ where: { id: editorId }, data: { role: "MEMBER" } });
    try {
      const published = await transition({
        articleId: article.id,
        actorId: editorId,
        action: "publish-scheduled",
        scheduledFor: at,
      });
      expect(published).toMatchObject({ from: "SUBMITTED", to: "PUBLISHED" });
    } finally {
      await db.user.update({ where: { id: editorId }, data: { role: "EDITOR" } });
    }
    const stored = await db.article.findUniqueOrThrow({ where: { id: article.id } });
    expect(stored.status).toBe("PUBLISHED");
    expect(stored.publishedAt).not.toBeNull();
    // Kept: a retried job recognises the schedule that published it.
    expect(stored.scheduledFor).toEqual(at);
    const last = (await events(article.id)).at(-1);
    expect(last).toMatchObject({ actorId: editorId, toStatus: "PUBLISHED", reason: "publish-scheduled" });
    expect(await db.articleRevision.count({ where: { articleId: article.id, reason: "publish" } })).toBe(1);
  });

  it("unpublishes and re-publishes at the first publish date; only editors may", async () => {
    const publishedAt = new Date(Date.UTC(2025, 0, 15));
    const article = await createArticle({ zoneId, authorId, status: "PUBLISHED", publishedAt });
    await transition({ articleId: article.id, actorId: editorId, action: "archive", note: "Outdated" });
    await expect(
      transition({ articleId: article.id, actorId: authorId, action: "republish" }),
    ).rejects.toMatchObject({ problem: "not-editor" });
    await transition({ articleId: article.id, actorId: editorId, action: "republish" });
    const stored = await db.article.findUniqueOrThrow({ where: { id: article.id } });
    expect(stored).toMatchObject({ status: "PUBLISHED", publishedAt });
    expect((await events(article.id)).map((e) => [e.fromStatus, e.toStatus, e.note])).toEqual([
      ["PUBLISHED", "ARCHIVED", "Outdated"],
      ["ARCHIVED", "PUBLISHED", null],
    ]);
  });

  it("rejects only with a reason, kept on the event; feedback never becomes the public editor's note", async () => {
    const article = await createArticle({ zoneId, authorId, status: "SUBMITTED" });
    await expect(
      transition({ articleId: article.id, actorId: editorId, action: "reject", note: "Reads like an ad" }),
    ).rejects.toMatchObject({ problem: "reason-required" });
    await transition({
      articleId: article.id,
      actorId: editorId,
      action: "reject",
      reason: "promotional",
      note: "Reads like an ad",
    });
    const stored = await db.article.findUniqueOrThrow({ where: { id: article.id } });
    expect(stored).toMatchObject({ status: "REJECTED", editorNote: null });
    expect((await events(article.id))[0]).toMatchObject({ reason: "promotional", note: "Reads like an ad" });
  });
});
