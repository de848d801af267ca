import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { POST as revalidateRoute } from "@/app/api/editor/articles/revalidate/route";
import { TAGS } from "@/lib/cache/tags";
import { db } from "@/lib/db/client";
import { decide } from "@/lib/editorial/decisions";
import { isGoneArticle } from "@/lib/editorial/gone-articles";
import { requestRevalidation } from "@/lib/editorial/revalidate-request";
import { publishScheduledArticle } from "@/lib/editorial/scheduled-publish";
import { stopBoss } from "@/lib/jobs/boss";
import { createArticle } from "@/tests/factories/articles";
import { bossJob, outboxFor, serveRoute, submission } from "./helpers";

// Each editorial decision through the real service: the status machine, the ArticleEvent, the
// author's email in the outbox (same transaction), the pg-boss job of a schedule, and the cache
// tags readers' pages must drop. Only Next's revalidateTag is replaced (it needs a request).
const expired = vi.hoisted(() => [] as string[]);
vi.mock("next/cache", () => ({
  revalidateTag: (tag: string, profile: unknown) => {
    expect(profile).toEqual({ expire: 0 });
    expired.push(tag);
  },
}));

let app: Awaited<ReturnType<typeof serveRoute>>;
beforeAll(async () => {
  app = await serveRoute(revalidateRoute);
});
afterAll(async () => {
  await app.close();
  await stopBoss();
});
beforeEach(() => {
  expired.length = 0;
});

/** Two to three minutes ahead: well past the minimum lead, on a whole minute as the form sends. */
const soon = () => new Date(Math.ceil((Date.now() + 120_000) / 60_000) * 60_000);
const eventsOf = (articleId: number) =>
  db.articleEvent.findMany({ where: { articleId }, orderBy: { id: "asc" } });
/** Schedules `article` soon: its pg-boss job and the job's id. */
async function scheduleSoon(article: { id: number; version: number }, editorId: number) {
  await decide(article.id, editorId, { kind: "schedule", version: article.version, publishAt: soon() });
  const { scheduledJobId } = await db.article.findUniqueOrThrow({ where: { id: article.id } });
  return { jobId: scheduledJobId!, job: (await bossJob(scheduledJobId!))! };
}
const revalidateThroughServer = (tags: readonly string[]) => requestRevalidation(tags, app.origin);

describe("editorial decisions", () => {
  it("requests changes: the feedback is on the event and in the author's email, with a link to revise", async () => {
    const { author, editor, article } = await submission();
    const outcome = await decide(article.id, editor.id, {
      kind: "request-changes",
      version: article.version,
      feedback: "Add a benchmark for the pool sizes.",
    });
    expect(outcome).toMatchObject({
      ok: true,
      article: { status: "CHANGES_REQUESTED", version: article.version + 1 },
    });
    // Nothing readers see changed.
    expect(outcome.ok && outcome.readerTags).toEqual([]);
    expect(await eventsOf(article.id)).toMatchObject([
      { actorId: editor.id, toStatus: "CHANGES_REQUESTED", note: "Add a benchmark for the pool sizes." },
    ]);
    const [email] = await outboxFor(author.email);
    expect(email).toMatchObject({
      subject: "Changes requested: Connection pooling in Node.js services",
      kind: "editorial",
      status: "PENDING",
      dedupeKey: `editorial:${article.id}:${article.version + 1}`,
    });
    expect(email!.text).toContain("Add a benchmark for the pool sizes.");
    expect(email!.text).toContain(`/write/${article.id}`);
    expect(email!.text).toContain("Hi Ada Author,");
    expect(email!.html).toContain("Hi Ada Author,");
  });

  it("rejects with the reason and explanation in the email", async () => {
    const { author, editor, article } = await submission();
    const outcome = await decide(article.id, editor.id, {
      kind: "reject",
      version: article.version,
      reason: "promotional",
      note: "It reads as a product announcement.",
    });
    expect(outcome.ok).toBe(true);
    expect((await eventsOf(article.id))[0]).toMatchObject({ reason: "promotional", toStatus: "REJECTED" });
    const [email] = await outboxFor(author.email);
    expect(email!.subject).toBe("Not accepted: Connection pooling in Node.js services");
    expect(email!.text).toContain("Promotional or marketing content");
    expect(email!.text).toContain("It reads as a product announcement.");
  });

  it("publishes, invalidates every reader surface, and refuses a second decision as already decided", async () => {
    const { author, editor, article, zone } = await submission();
    const outcome = await decide(article.id, editor.id, { kind: "publish", version: article.version });
    if (!outcome.ok) throw new Error(`publish failed: ${outcome.kind}`);
    const stored = await db.article.findUniqueOrThrow({
      where: { id: article.id },
      include: { category: true },
    });
    expect(stored.status).toBe("PUBLISHED");
    expect(outcome.readerTags).toEqual(
      expect.arrayContaining([
        TAGS.articles,
        TAGS.feeds,
        TAGS.home,
        TAGS.sitemap,
        TAGS.article(article.id),
        TAGS.zone(zone.slug),
        TAGS.category(stored.category.slug),
        TAGS.user((await db.user.findUniqueOrThrow({ where: { id: author.id } })).username),
      ]),
    );
    expect((await outboxFor(author.email)).map((m) => m.subject)).toEqual([
      "Published: Connection pooling in Node.js services",
    ]);

    const again = await decide(article.id, editor.id, {
      kind: "request-changes",
      version: article.version,
      feedback: "Too late",
    });
    expect(again).toMatchObject({ ok: false, kind: "conflict", code: "already-decided" });
    expect(again.ok === false && again.kind === "conflict" && again.message).toMatch(
      /^Already decided: You published this article .* ago\. Nothing was changed\.$/,
    );
    expect(await eventsOf(article.id)).toHaveLength(1);
    expect(await outboxFor(author.email)).toHaveLength(1);
  });

  it("refuses a decision on a version the editor has not seen, naming what changed", async () => {
    const { editor, article } = await submission({ version: 4 });
    const outcome = await decide(article.id, editor.id, { kind: "publish", version: 3 });
    expect(outcome).toMatchObject({ ok: false, kind: "conflict", code: "changed" });
    expect((await db.article.findUniqueOrThrow({ where: { id: article.id } })).status).toBe("SUBMITTED");
  });

  it("schedules through a pg-boss job at that time; the job publishes and the caches are expired", async () => {
    const { author, editor, article, zone } = await submission();
    const publishAt = soon();
    const outcome = await decide(article.id, editor.id, {
      kind: "schedule",
      version: article.version,
      publishAt,
    });
    expect(outcome).toMatchObject({
      ok: true,
      article: { status: "SUBMITTED", scheduledFor: publishAt.toISOString() },
      readerTags: [],
    });
    const stored = await db.article.findUniqueOrThrow({ where: { id: article.id } });
    expect(stored.scheduledFor).toEqual(publishAt);
    const job = await bossJob(stored.scheduledJobId!);
    expect(job).toMatchObject({
      state: "created",
      data: { articleId: article.id, scheduledFor: publishAt.toISOString() },
    });
    expect(job!.start_after.getTime()).toBe(publishAt.getTime());
    expect((await outboxFor(author.email)).map((m) => m.subject)).toEqual([
      "Scheduled: Connection pooling in Node.js services",
    ]);

    // What pg-boss hands the handler when the time comes.
    await publishScheduledArticle(job!.data, revalidateThroughServer);
    const published = await db.article.findUniqueOrThrow({ where: { id: article.id } });
    expect(published.status).toBe("PUBLISHED");
    expect((await eventsOf(article.id)).at(-1)).toMatchObject({
      actorId: editor.id,
      toStatus: "PUBLISHED",
      reason: "publish-scheduled",
    });
    expect(expired).toEqual(
      expect.arrayContaining([TAGS.zone(zone.slug), TAGS.article(article.id), TAGS.feeds]),
    );
    expect((await outboxFor(author.email)).map((m) => m.subject)).toEqual([
      "Scheduled: Connection pooling in Node.js services",
      "Published: Connection pooling in Node.js services",
    ]);

    // A retry (say the revalidation failed) publishes nothing twice; it only expires again.
    expired.length = 0;
    await publishScheduledArticle(job!.data, revalidateThroughServer);
    expect((await eventsOf(article.id)).filter((e) => e.toStatus === "PUBLISHED")).toHaveLength(1);
    expect(expired).toContain(TAGS.article(article.id));
    expect(await outboxFor(author.email)).toHaveLength(2);
  });

  it("fails the job (so pg-boss retries it) when the caches could not be expired", async () => {
    const { editor, article } = await submission();
    const { job } = await scheduleSoon(article, editor.id);
    await expect(
      publishScheduledArticle(job.data, (tags) => requestRevalidation(tags, "http://127.0.0.1:9")),
    ).rejects.toThrow();
    // Published all the same; the retry will expire the caches.
    expect((await db.article.findUniqueOrThrow({ where: { id: article.id } })).status).toBe("PUBLISHED");
  });

  it("moves and cancels a schedule: old jobs are cancelled, and a job left behind publishes nothing", async () => {
    const { author, editor, article } = await submission();
    const first = soon();
    await decide(article.id, editor.id, { kind: "schedule", version: article.version, publishAt: first });
    const firstJobId = (await db.article.findUniqueOrThrow({ where: { id: article.id } })).scheduledJobId!;
    const firstJob = await bossJob(firstJobId);

    const later = new Date(first.getTime() + 3_600_000);
    const moved = await decide(article.id, editor.id, {
      kind: "schedule",
      version: article.version + 1,
      publishAt: later,
    });
    expect(moved.ok).toBe(true);
    expect((await bossJob(firstJobId))!.state).toBe("cancelled");
    const secondJobId = (await db.article.findUniqueOrThrow({ where: { id: article.id } })).scheduledJobId!;
    expect(secondJobId).not.toBe(firstJobId);

    const cancelled = await decide(article.id, editor.id, {
      kind: "cancel-schedule",
      version: article.version + 2,
    });
    expect(cancelled).toMatchObject({ ok: true, article: { status: "SUBMITTED", scheduledFor: null } });
    expect((await bossJob(secondJobId))!.state).toBe("cancelled");
    expect(await db.article.findUniqueOrThrow({ where: { id: article.id } })).toMatchObject({
      scheduledFor: null,
      scheduledJobId: null,
    });

    // Even if the old jobs ran anyway, the article stays in the queue.
    await publishScheduledArticle(firstJob!.data, revalidateThroughServer);
    await publishScheduledArticle((await bossJob(secondJobId))!.data, revalidateThroughServer);
    expect((await db.article.findUniqueOrThrow({ where: { id: article.id } })).status).toBe("SUBMITTED");
    expect(expired).toEqual([]);
    expect((await outboxFor(author.email)).map((m) => m.subject)).toEqual([
      "Scheduled: Connection pooling in Node.js services",
      "Scheduled: Connection pooling in Node.js services",
      "No longer scheduled: Connection pooling in Node.js services",
    ]);
  });

  it("publishing now overtakes a schedule and cancels its job", async () => {
    const { editor, article } = await submission();
    const { jobId: scheduledJobId, job } = await scheduleSoon(article, editor.id);
    await decide(article.id, editor.id, { kind: "publish", version: article.version + 1 });
    expect((await bossJob(scheduledJobId))!.state).toBe("cancelled");
    await publishScheduledArticle(job.data, revalidateThroughServer);
    expect((await eventsOf(article.id)).filter((e) => e.toStatus === "PUBLISHED")).toHaveLength(1);
  });

  it("unpublishes (410 at once on this instance) and re-publishes, telling the author each time", async () => {
    const { author, editor, zone } = await submission();
    const article = await createArticle({ zoneId: zone.id, authorId: author.id, status: "PUBLISHED" });
    expect(await isGoneArticle(article.slug)).toBe(false);
    const unpublished = await decide(article.id, editor.id, {
      kind: "unpublish",
      version: article.version,
      note: "The benchmark numbers were wrong.",
    });
    expect(unpublished).toMatchObject({ ok: true, article: { status: "ARCHIVED" } });
    expect(unpublished.ok && unpublished.readerTags).toContain(TAGS.article(article.id));
    expect(await isGoneArticle(article.slug)).toBe(true);

    const back = await decide(article.id, editor.id, { kind: "republish", version: article.version + 1 });
    expect(back).toMatchObject({ ok: true, article: { status: "PUBLISHED" } });
    expect(await isGoneArticle(article.slug)).toBe(false);
    const emails = await outboxFor(author.email);
    expect(emails.map((m) => m.subject)).toEqual([
      `Unpublished: ${article.title}`,
      `Back online: ${article.title}`,
    ]);
    expect(emails[0]!.text).toContain("The benchmark numbers were wrong.");
  });

  it("decides on a former member's article without an email to anyone", async () => {
    const { editor, zone } = await submission();
    const orphan = await createArticle({ zoneId: zone.id, authorId: null, status: "SUBMITTED" });
    const before = await db.emailMessage.count();
    expect((await decide(orphan.id, editor.id, { kind: "publish", version: orphan.version })).ok).toBe(true);
    expect(
      await db.emailMessage.count({ where: { dedupeKey: { startsWith: `editorial:${orphan.id}:` } } }),
    ).toBe(0);
    expect(await db.emailMessage.count()).toBeGreaterThanOrEqual(before);
  });

  it("answers not-found for an unknown article", async () => {
    const { editor } = await submission();
    expect(await decide(2_000_000_000, editor.id, { kind: "publish", version: 1 })).toEqual({
      ok: false,
      kind: "not-found",
    });
  });
});
