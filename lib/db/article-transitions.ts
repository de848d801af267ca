import "server-only";
import type { ArticleStatus, Prisma } from "./generated/client";

// The article status machine of DESIGN.md §3, in one place. Every status change — the author's
// submit and withdraw, the editor's decisions, the scheduled publish — goes through
// transitionArticle inside the caller's transaction, so the change, its ArticleEvent and (at
// submit/publish) its ArticleRevision commit together or not at all.
//
//   DRAFT ─submit→ SUBMITTED ─publish→ PUBLISHED ─archive→ ARCHIVED ─republish→ PUBLISHED
//     ↑               │ ├─request-changes→ CHANGES_REQUESTED ─submit→ SUBMITTED
//     └──withdraw─────┘ ├─reject→ REJECTED
//                       ├─schedule→ SUBMITTED (with scheduledFor; again to move it)
//                       ├─cancel-schedule→ SUBMITTED (back in the review queue)
//                       └─publish-scheduled→ PUBLISHED (the job, at scheduledFor)

export type ArticleAction =
  | "submit"
  | "withdraw"
  | "request-changes"
  | "publish"
  | "schedule"
  | "cancel-schedule"
  | "publish-scheduled"
  | "reject"
  | "archive"
  | "republish";

export const ARTICLE_ACTIONS: readonly ArticleAction[] = [
  "submit",
  "withdraw",
  "request-changes",
  "publish",
  "schedule",
  "cancel-schedule",
  "publish-scheduled",
  "reject",
  "archive",
  "republish",
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
  /**
   * Who may take it: the article's author, an editor/admin, or the publishing job acting on an
   * editor's earlier decision (its actor is that editor, whatever their role is by then).
   */
  by: "author" | "editor" | "job";
  noteRequired?: boolean;
  reasonRequired?: boolean;
  /** Snapshot the content (the review diff compares revisions). */
  revision?: "submit" | "publish";
}

const RULES: Record<ArticleAction, Rule> = {
  submit: { from: ["DRAFT", "CHANGES_REQUESTED"], to: "SUBMITTED", by: "author", revision: "submit" },
  withdraw: { from: ["SUBMITTED"], to: "DRAFT", by: "author" },
  "request-changes": { from: ["SUBMITTED"], to: "CHANGES_REQUESTED", by: "editor", noteRequired: true },
  publish: { from: ["SUBMITTED"], to: "PUBLISHED", by: "editor", revision: "publish" },
  schedule: { from: ["SUBMITTED"], to: "SUBMITTED", by: "editor" },
  "cancel-schedule": { from: ["SUBMITTED"], to: "SUBMITTED", by: "editor" },
  "publish-scheduled": { from: ["SUBMITTED"], to: "PUBLISHED", by: "job", revision: "publish" },
  reject: { from: ["SUBMITTED"], to: "REJECTED", by: "editor", noteRequired: true, reasonRequired: true },
  archive: { from: ["PUBLISHED"], to: "ARCHIVED", by: "editor" },
  republish: { from: ["ARCHIVED"], to: "PUBLISHED", by: "editor" },
};

/**
 * Actions an ArticleEvent's from/to statuses cannot tell apart (SUBMITTED → SUBMITTED, or a
 * publish by the job): their event carries the action's name as its `reason`, so histories can
 * say "Scheduled" or "Schedule cancelled". A rejection's reason is the code the editor chose.
 */
const MARKED_ACTIONS = new Set<ArticleAction>(["schedule", "cancel-schedule", "publish-scheduled"]);

/** The status `action` leads to from `from`, or null when the machine does not allow it. */
export function nextStatus(from: ArticleStatus, action: ArticleAction): ArticleStatus | null {
  const rule = RULES[action];
  return rule.from.includes(from) ? rule.to : null;
}

export type TransitionProblem =
  | "illegal-status"
  | "not-author"
  | "not-editor"
  | "note-required"
  | "reason-required"
  | "schedule-required"
  | "not-scheduled"
  | "schedule-moved";

/**
 * The action is not allowed: wrong status, wrong person, missing feedback/reason/date, or (for
 * the schedule actions) no schedule, or not the schedule the job was made for.
 */
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
  /** Who the ArticleEvent names; null only for a job acting for an account that is gone. */
  actorId: number | null;
  action: ArticleAction;
  /** Feedback shown to the author; required to request changes or reject. */
  note?: string;
  /** A code from a fixed list (lib/editorial/decision-input.ts); required to reject. */
  reason?: string;
  /** When given, the transition happens only if the article is still at this version. */
  expectedVersion?: number;
  /**
   * For `schedule`: when the publish job should publish it. For `publish-scheduled`: the time
   * the job was made for, which must still be the article's (a moved schedule has a new job).
   */
  scheduledFor?: Date;
  /** For `schedule`: the pg-boss job that will publish it, kept so a later change can cancel it. */
  scheduledJobId?: string | null;
}

export interface TransitionResult {
  articleId: number;
  from: ArticleStatus;
  to: ArticleStatus;
  version: number;
  /** The publishing job the article had before this transition (the caller cancels it). */
  previousJobId: string | null;
}

interface LockedArticle {
  status: ArticleStatus;
  version: number;
  authorId: number | null;
  scheduledFor: Date | null;
  scheduledJobId: string | null;
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
    SELECT status, version, "authorId", "scheduledFor", "scheduledJobId"
    FROM "Article" WHERE id = ${articleId}::int FOR UPDATE`;
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
    const actor =
      actorId === null ? null : await tx.user.findUnique({ where: { id: actorId }, select: { role: true } });
    if (!actor || (actor.role !== "EDITOR" && actor.role !== "ADMIN")) {
      throw refuse("not-editor", `Only editors can ${action} articles`);
    }
  }
  const note = request.note?.trim() || null;
  const reason = request.reason?.trim() || null;
  if (rule.noteRequired && !note) throw refuse("note-required", "Say what the author should change or why");
  if (rule.reasonRequired && !reason) throw refuse("reason-required", "Choose a reason");
  if (action === "schedule" && !request.scheduledFor) {
    throw refuse("schedule-required", "Choose when to publish it");
  }
  if (action === "cancel-schedule" && !article.scheduledFor) {
    throw refuse("not-scheduled", "This article is not scheduled");
  }
  if (
    action === "publish-scheduled" &&
    (!article.scheduledFor || article.scheduledFor.getTime() !== request.scheduledFor?.getTime())
  ) {
    throw refuse("schedule-moved", "The schedule was cancelled or moved");
  }

  const now = new Date();
  const updated = await tx.article.update({
    where: { id: articleId },
    data: { status: rule.to, version: { increment: 1 }, ...timestampsFor(action, now, request) },
    select: { version: true, title: true, summary: true, bodyMarkdown: true },
  });
  await tx.articleEvent.create({
    data: {
      articleId,
      actorId,
      fromStatus: from,
      toStatus: rule.to,
      note: action === "schedule" ? (note ?? `Scheduled for ${request.scheduledFor?.toISOString()}`) : note,
      reason: reason ?? (MARKED_ACTIONS.has(action) ? action : null),
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
  return { articleId, from, to: rule.to, version: updated.version, previousJobId: article.scheduledJobId };
}

const UNSCHEDULED = { scheduledFor: null, scheduledJobId: null } as const;

// Feedback stays in the ArticleEvent: `editorNote` is the note readers see on the published
// article, so a request for changes must never end up there.
function timestampsFor(
  action: ArticleAction,
  now: Date,
  request: TransitionRequest,
): Prisma.ArticleUpdateInput {
  switch (action) {
    case "submit":
      return { submittedAt: now };
    // Back in the author's hands: a pending schedule no longer applies to what they will change.
    case "withdraw":
    case "request-changes":
    case "reject":
    case "cancel-schedule":
      return UNSCHEDULED;
    case "publish":
      return { publishedAt: now, ...UNSCHEDULED };
    // scheduledFor stays on the published row: it tells a retried job that this schedule is the
    // one that published it (lib/editorial/scheduled-publish.ts), and when it was meant to be out.
    case "publish-scheduled":
      return { publishedAt: now, scheduledJobId: null };
    case "schedule":
      return { scheduledFor: request.scheduledFor, scheduledJobId: request.scheduledJobId ?? null };
    // Re-publishing keeps the first publish date, so the article returns to its place in feeds.
    case "archive":
    case "republish":
      return {};
  }
}
