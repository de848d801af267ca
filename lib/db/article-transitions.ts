import "server-only";
import type { ArticleStatus, Prisma } from "./generated/client";

// The article status machine of DESIGN.md §3, in one place. Every status change — the author's
// submit and withdraw, the editor's decisions — goes through transitionArticle inside the
// caller's transaction, so the change, its ArticleEvent and (at submit/publish) its
// ArticleRevision commit together or not at all.
//
//   DRAFT ─submit→ SUBMITTED ─publish→ PUBLISHED ─archive→ ARCHIVED
//     ↑               │ ├─request-changes→ CHANGES_REQUESTED ─submit→ SUBMITTED
//     └──withdraw─────┘ ├─reject→ REJECTED
//                       └─schedule→ SUBMITTED (with scheduledFor; the publish job publishes it)

export type ArticleAction =
  "submit" | "withdraw" | "request-changes" | "publish" | "schedule" | "reject" | "archive";

export const ARTICLE_ACTIONS: readonly ArticleAction[] = [
  "submit",
  "withdraw",
  "request-changes",
  "publish",
  "schedule",
  "reject",
  "archive",
];

export const ARTICLE_STATUSES: readonly ArticleStatus[] = [
  "DRAFT",
  "SUBMITTED",
  "CHANGES_REQUESTED",
  "PUBLISHED",
  "REJECTED",
  "ARCHIVED",
];

interface Rule {
  from: readonly ArticleStatus[];
  to: ArticleStatus;
  /** Who may take it: the article's author, or an editor/admin. */
  by: "author" | "editor";
  noteRequired?: boolean;
  /** Snapshot the content (the review diff compares revisions). */
  revision?: "submit" | "publish";
}

const RULES: Record<ArticleAction, Rule> = {
  submit: { from: ["DRAFT", "CHANGES_REQUESTED"], to: "SUBMITTED", by: "author", revision: "submit" },
  withdraw: { from: ["SUBMITTED"], to: "DRAFT", by: "author" },
  "request-changes": { from: ["SUBMITTED"], to: "CHANGES_REQUESTED", by: "editor", noteRequired: true },
  publish: { from: ["SUBMITTED"], to: "PUBLISHED", by: "editor", revision: "publish" },
  schedule: { from: ["SUBMITTED"], to: "SUBMITTED", by: "editor" },
  reject: { from: ["SUBMITTED"], to: "REJECTED", by: "editor", noteRequired: true },
  archive: { from: ["PUBLISHED"], to: "ARCHIVED", by: "editor" },
};

/** The status `action` leads to from `from`, or null when the machine does not allow it. */
export function nextStatus(from: ArticleStatus, action: ArticleAction): ArticleStatus | null {
  const rule = RULES[action];
  return rule.from.includes(from) ? rule.to : null;
}

export type TransitionProblem =
  "illegal-status" | "not-author" | "not-editor" | "note-required" | "schedule-required";

/** The action is not allowed: wrong status, wrong person, or missing feedback/date. */
export class IllegalTransitionError extends Error {
  constructor(
    readonly problem: TransitionProblem,
    readonly from: ArticleStatus,
    readonly action: ArticleAction,
    message: string,
  ) {
    super(message);
    this.name = "IllegalTransitionError";
  }
}

/** The article changed since the caller read it (its version moved on). */
export class StaleArticleError extends Error {
  constructor(
    readonly expectedVersion: number,
    readonly currentVersion: number,
  ) {
    super(`The article is at version ${currentVersion}, not ${expectedVersion}`);
    this.name = "StaleArticleError";
  }
}

export class ArticleNotFoundError extends Error {
  constructor(readonly articleId: number) {
    super(`No article ${articleId}`);
    this.name = "ArticleNotFoundError";
  }
}

export interface TransitionRequest {
  articleId: number;
  actorId: number;
  action: ArticleAction;
  /** Feedback shown to the author; required to request changes or reject. */
  note?: string;
  /** When given, the transition happens only if the article is still at this version. */
  expectedVersion?: number;
  /** For `schedule`: when the publish job should publish it. */
  scheduledFor?: Date;
}

export interface TransitionResult {
  articleId: number;
  from: ArticleStatus;
  to: ArticleStatus;
  version: number;
}

interface LockedArticle {
  status: ArticleStatus;
  version: number;
  authorId: number | null;
}

/**
 * Applies `action` to the article inside `tx`: checks the machine, the actor and the inputs,
 * bumps `version`, writes the ArticleEvent and, at submit/publish, an ArticleRevision.
 * Throws ArticleNotFoundError, StaleArticleError or IllegalTransitionError and then changes
 * nothing (the caller's transaction rolls back). The row is locked first, so two editors
 * deciding at once are serialised and the second sees the first's status.
 */
export async function transitionArticle(
  tx: Prisma.TransactionClient,
  request: TransitionRequest,
): Promise<TransitionResult> {
  const { articleId, actorId, action } = request;
  const rows = await tx.$queryRaw<LockedArticle[]>`
    SELECT status, version, "authorId" FROM "Article" WHERE id = ${articleId}::int FOR UPDATE`;
  const article = rows[0];
  if (!article) throw new ArticleNotFoundError(articleId);
  if (request.expectedVersion !== undefined && request.expectedVersion !== article.version) {
    throw new StaleArticleError(request.expectedVersion, article.version);
  }

  const rule = RULES[action];
  const from = article.status;
  const refuse = (problem: TransitionProblem, message: string) =>
    new IllegalTransitionError(problem, from, action, message);
  if (!rule.from.includes(from)) {
    throw refuse("illegal-status", `Cannot ${action} an article that is ${from.toLowerCase()}`);
  }
  if (rule.by === "author" && article.authorId !== actorId) {
    throw refuse("not-author", `Only the author can ${action} this article`);
  }
  if (rule.by === "editor") {
    const actor = await tx.user.findUnique({ where: { id: actorId }, select: { role: true } });
    if (!actor || (actor.role !== "EDITOR" && actor.role !== "ADMIN")) {
      throw refuse("not-editor", `Only editors can ${action} articles`);
    }
  }
  const note = request.note?.trim() || null;
  if (rule.noteRequired && !note) throw refuse("note-required", "Say what the author should change or why");
  if (action === "schedule" && !request.scheduledFor) {
    throw refuse("schedule-required", "Choose when to publish it");
  }

  const now = new Date();
  const updated = await tx.article.update({
    where: { id: articleId },
    data: { status: rule.to, version: { increment: 1 }, ...timestampsFor(action, now, request, note) },
    select: { version: true, title: true, summary: true, bodyMarkdown: true },
  });
  await tx.articleEvent.create({
    data: {
      articleId,
      actorId,
      fromStatus: from,
      toStatus: rule.to,
      note: action === "schedule" ? (note ?? `Scheduled for ${request.scheduledFor?.toISOString()}`) : note,
      createdAt: now,
    },
  });
  if (rule.revision) {
    await tx.articleRevision.create({
      data: {
        articleId,
        // The revision's editor is whoever made this snapshot an editorial one.
        editorId: rule.by === "editor" ? actorId : null,
        title: updated.title,
        summary: updated.summary,
        bodyMarkdown: updated.bodyMarkdown,
        version: updated.version,
        reason: rule.revision,
        createdAt: now,
      },
    });
  }
  return { articleId, from, to: rule.to, version: updated.version };
}

function timestampsFor(
  action: ArticleAction,
  now: Date,
  request: TransitionRequest,
  note: string | null,
): Prisma.ArticleUpdateInput {
  switch (action) {
    case "submit":
      return { submittedAt: now };
    // Back in the author's hands: a pending schedule no longer applies to what they will change.
    case "withdraw":
      return { scheduledFor: null };
    case "request-changes":
    case "reject":
      return { editorNote: note, scheduledFor: null };
    case "publish":
      return { publishedAt: now, scheduledFor: null };
    case "schedule":
      return { scheduledFor: request.scheduledFor };
    case "archive":
      return {};
  }
}
