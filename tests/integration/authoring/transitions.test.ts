import { beforeAll, describe, expect, it } from "vitest";
import {
  ArticleNotFoundError,
  IllegalTransitionError,
  StaleArticleError,
  transitionArticle,
  type ArticleAction,
  type TransitionRequest,
} from "@/lib/db/article-transitions";
import { db } from "@/lib/db/client";
import type { ArticleStatus } from "@/lib/db/generated/client";
import { createArticle } from "@/tests/factories/articles";
import { createUser } from "@/tests/factories/users";
import { createZone } from "@/tests/factories/zones";

// The status machine of DESIGN.md §3, every status × every action. The expected table is
// written out here on purpose (not derived from the implementation's rules), so a wrong rule
// in lib/db/article-transitions.ts makes a cell fail.

const STATUSES: ArticleStatus[] = [
  "DRAFT",
  "SUBMITTED",
  "CHANGES_REQUESTED",
  "PUBLISHED",
  "REJECTED",
  "ARCHIVED",
];
const ACTIONS: ArticleAction[] = [
  "submit",
  "withdraw",
  "request-changes",
  "publish",
  "schedule",
  "reject",
  "archive",
];
const AUTHOR_ACTIONS = new Set<ArticleAction>(["submit", "withdraw"]);

// prettier-ignore
const EXPECTED: Record<ArticleStatus, Partial<Record<ArticleAction, ArticleStatus>>> = {
  DRAFT:             { submit: "SUBMITTED" },
  SUBMITTED:         { withdraw: "DRAFT", "request-changes": "CHANGES_REQUESTED", publish: "PUBLISHED",
                       schedule: "SUBMITTED", reject: "REJECTED" },
  CHANGES_REQUESTED: { submit: "SUBMITTED" },
  PUBLISHED:         { archive: "ARCHIVED" },
  REJECTED:          {},
  ARCHIVED:          {},
};

const cases = STATUSES.flatMap((status) =>
  ACTIONS.map((action) => ({
    status,
    action,
    to: EXPECTED[status][action],
    expected: EXPECTED[status][action] ?? "refused",
  })),
);

const transition = (request: TransitionRequest) => db.$transaction((tx) => transitionArticle(tx, request));

async function stateOf(articleId: number) {
  const [article, events, revisions] = await Promise.all([
    db.article.findUniqueOrThrow({ where: { id: articleId } }),
    db.articleEvent.findMany({ where: { articleId } }),
    db.articleRevision.findMany({ where: { articleId } }),
  ]);
  return { article, events, revisions };
}

describe("transitionArticle", () => {
  let zoneId: number;
  let authorId: number;
  let editorId: number;
  beforeAll(async () => {
    zoneId = (await createZone()).id;
    authorId = (await createUser()).id;
    editorId = (await createUser({ role: "EDITOR" })).id;
  });

  it("covers 6 statuses × 7 actions", () => {
    expect(cases).toHaveLength(42);
    expect(cases.filter((c) => c.to !== undefined)).toHaveLength(8);
  });

  it.each(cases)("$status × $action → $expected", async ({ status, action, to }) => {
    const article = await createArticle({ zoneId, authorId, status, version: 3 });
    const actorId = AUTHOR_ACTIONS.has(action) ? authorId : editorId;
    const scheduledFor = new Date(Date.now() + 86_400_000);
    const run = transition({
      articleId: article.id,
      actorId,
      action,
      note: "Tighten the intro",
      reason: action === "reject" ? "off-topic" : undefined,
      scheduledFor,
    });

    if (to === undefined) {
      const error = await run.then(
        () => null,
        (thrown: unknown) => thrown,
      );
      expect(error).toBeInstanceOf(IllegalTransitionError);
      expect(error).toMatchObject({ problem: "illegal-status", from: status, action });
      const after = await stateOf(article.id);
      expect(after.article).toMatchObject({ status, version: 3 });
      expect(after.events).toHaveLength(0);
      expect(after.revisions).toHaveLength(0);
      return;
    }

    expect(await run).toEqual({ articleId: article.id, from: status, to, version: 4, previousJobId: null });
    const { article: stored, events, revisions } = await stateOf(article.id);
    expect(stored).toMatchObject({ status: to, version: 4 });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ actorId, fromStatus: status, toStatus: to });
    expect(events[0]!.note).toBe("Tighten the intro");
    if (action === "submit" || action === "publish") {
      expect(revisions).toHaveLength(1);
      expect(revisions[0]).toMatchObject({
        reason: action,
        version: 4,
        title: article.title,
        summary: article.summary,
        bodyMarkdown: article.bodyMarkdown,
        editorId: action === "publish" ? editorId : null,
      });
    } else {
      expect(revisions).toHaveLength(0);
    }
    if (action === "submit") expect(stored.submittedAt).not.toBeNull();
    if (action === "publish") expect(stored.publishedAt).not.toBeNull();
    if (action === "schedule") expect(stored.scheduledFor?.getTime()).toBe(scheduledFor.getTime());
    // Feedback is for the author (the event), never the public editor's note on the article.
    expect(stored.editorNote).toBeNull();
  });

  it("lets only the author submit and withdraw", async () => {
    const stranger = (await createUser()).id;
    const draft = await createArticle({ zoneId, authorId, status: "DRAFT" });
    await expect(
      transition({ articleId: draft.id, actorId: stranger, action: "submit" }),
    ).rejects.toMatchObject({
      problem: "not-author",
    });
    // An editor is not the author either: they decide on submissions, they do not make them.
    const submitted = await createArticle({ zoneId, authorId, status: "SUBMITTED" });
    await expect(
      transition({ articleId: submitted.id, actorId: editorId, action: "withdraw" }),
    ).rejects.toMatchObject({ problem: "not-author" });
    expect((await stateOf(submitted.id)).article.status).toBe("SUBMITTED");
  });

  it("lets only editors and admins decide", async () => {
    const admin = (await createUser({ role: "ADMIN" })).id;
    const submitted = await createArticle({ zoneId, authorId, status: "SUBMITTED" });
    await expect(
      transition({ articleId: submitted.id, actorId: authorId, action: "publish" }),
    ).rejects.toMatchObject({
      problem: "not-editor",
    });
    expect((await stateOf(submitted.id)).article.status).toBe("SUBMITTED");
    await expect(
      transition({ articleId: submitted.id, actorId: admin, action: "publish" }),
    ).resolves.toMatchObject({
      to: "PUBLISHED",
    });
  });

  it("requires feedback to request changes or reject, and a date to schedule", async () => {
    const submitted = await createArticle({ zoneId, authorId, status: "SUBMITTED" });
    for (const action of ["request-changes", "reject"] as const) {
      await expect(
        transition({ articleId: submitted.id, actorId: editorId, action, note: "   " }),
      ).rejects.toMatchObject({ problem: "note-required" });
    }
    await expect(
      transition({ articleId: submitted.id, actorId: editorId, action: "schedule" }),
    ).rejects.toMatchObject({
      problem: "schedule-required",
    });
    const after = await stateOf(submitted.id);
    expect(after.article.status).toBe("SUBMITTED");
    expect(after.events).toHaveLength(0);
  });

  it("refuses a stale expected version and an unknown article", async () => {
    const draft = await createArticle({ zoneId, authorId, status: "DRAFT", version: 5 });
    await expect(
      transition({ articleId: draft.id, actorId: authorId, action: "submit", expectedVersion: 4 }),
    ).rejects.toBeInstanceOf(StaleArticleError);
    expect((await stateOf(draft.id)).article).toMatchObject({ status: "DRAFT", version: 5 });
    await expect(
      transition({ articleId: 2_000_000_000, actorId: authorId, action: "submit" }),
    ).rejects.toBeInstanceOf(ArticleNotFoundError);
  });

  it("withdrawing a scheduled submission drops the schedule", async () => {
    const submitted = await createArticle({ zoneId, authorId, status: "SUBMITTED" });
    await transition({
      articleId: submitted.id,
      actorId: editorId,
      action: "schedule",
      scheduledFor: new Date(),
    });
    await transition({ articleId: submitted.id, actorId: authorId, action: "withdraw" });
    const { article, events } = await stateOf(submitted.id);
    expect(article).toMatchObject({ status: "DRAFT", scheduledFor: null });
    expect(events.map((e) => [e.fromStatus, e.toStatus])).toEqual([
      ["SUBMITTED", "SUBMITTED"],
      ["SUBMITTED", "DRAFT"],
    ]);
  });
});
