import "server-only";
import { formatDistanceStrict } from "date-fns";
import { nextStatus, type ArticleAction, type TransitionRequest } from "@/lib/db/article-transitions";
import { applyDecision, getDecisionContext, type DecisionWrite } from "@/lib/db/editorial-decisions";
import type { ArticleStatus } from "@/lib/db/review";
import { cancelJob, sendJob } from "@/lib/jobs/boss";
import { QUEUES } from "@/lib/jobs/queues";
import { logger } from "@/lib/logger";
import { authorEmailFor } from "./author-email";
import type { DecisionEmail } from "./emails";
import { eventVerb } from "./event-labels";
import { markArticleGone } from "./gone-articles";
import { readerTagsFor } from "./reader-tags";
import type { ScheduledPublishData } from "./scheduled-publish";
import { formatDateTimeUtc } from "./time";

// The editorial decisions service: what the routes under /api/editor/articles/[id]/ call. Each
// decision goes through the status machine in one transaction with the author's email (outbox),
// and answers what readers' caches must drop. Schedules enqueue their pg-boss job *before* that
// transaction, so a committed schedule always has a job; a job whose schedule did not commit (or
// was moved later) finds a different schedule on the article and does nothing.

export type Decision =
  | { kind: "publish"; version: number }
  | { kind: "schedule"; version: number; publishAt: Date }
  | { kind: "cancel-schedule"; version: number }
  | { kind: "request-changes"; version: number; feedback: string }
  | { kind: "reject"; version: number; reason: string; note: string }
  | { kind: "unpublish"; version: number; note?: string }
  | { kind: "republish"; version: number };

export interface DecidedArticle {
  id: number;
  status: ArticleStatus;
  version: number;
  scheduledFor: string | null;
}

export type DecisionOutcome =
  | { ok: true; article: DecidedArticle; readerTags: string[] }
  | { ok: false; kind: "not-found" }
  | { ok: false; kind: "conflict"; code: "already-decided" | "changed"; message: string }
  | { ok: false; kind: "invalid"; errors: Record<string, string> }
  | { ok: false; kind: "unavailable"; message: string };

const ACTIONS: Record<Decision["kind"], ArticleAction> = {
  publish: "publish",
  schedule: "schedule",
  "cancel-schedule": "cancel-schedule",
  "request-changes": "request-changes",
  reject: "reject",
  unpublish: "archive",
  republish: "republish",
};

/** Decisions that change what readers see. */
const READER_VISIBLE = new Set<Decision["kind"]>(["publish", "unpublish", "republish"]);

function emailFor(decision: Decision): DecisionEmail {
  switch (decision.kind) {
    case "publish":
      return { kind: "published" };
    case "schedule":
      return { kind: "scheduled", publishAt: decision.publishAt };
    case "cancel-schedule":
      return { kind: "schedule-cancelled" };
    case "request-changes":
      return { kind: "changes-requested", feedback: decision.feedback };
    case "reject":
      return { kind: "rejected", reason: decision.reason, note: decision.note };
    case "unpublish":
      return { kind: "unpublished", note: decision.note ?? null };
    case "republish":
      return { kind: "republished" };
  }
}

function transitionFor(articleId: number, actorId: number, decision: Decision): TransitionRequest {
  const base = { articleId, actorId, action: ACTIONS[decision.kind], expectedVersion: decision.version };
  switch (decision.kind) {
    case "schedule":
      return {
        ...base,
        scheduledFor: decision.publishAt,
        note: `Scheduled to publish on ${formatDateTimeUtc(decision.publishAt)}`,
      };
    case "request-changes":
      return { ...base, note: decision.feedback };
    case "reject":
      return { ...base, reason: decision.reason, note: decision.note };
    case "unpublish":
      return { ...base, note: decision.note };
    default:
      return base;
  }
}

/** The job that publishes `articleId` at `publishAt`, or null when pg-boss could not take it. */
async function enqueuePublishJob(articleId: number, publishAt: Date): Promise<string | null> {
  const data: ScheduledPublishData = { articleId, scheduledFor: publishAt.toISOString() };
  try {
    return await sendJob(QUEUES.publishScheduled, data, {
      startAfter: publishAt,
      singletonKey: `publish-article:${articleId}:${data.scheduledFor}`,
    });
  } catch (error) {
    logger.error({ err: error, articleId }, "editorial: could not enqueue the scheduled publish");
    return null;
  }
}

/** Best effort: a job left behind finds its schedule gone and does nothing when it runs. */
async function cancelPublishJob(jobId: string | null): Promise<void> {
  if (!jobId) return;
  try {
    await cancelJob(QUEUES.publishScheduled, jobId);
  } catch (error) {
    logger.warn({ err: error, jobId }, "editorial: could not cancel a publish job (it will do nothing)");
  }
}

/**
 * Takes `decision` on article `articleId` as editor `actorId`. The article must still be at the
 * version the editor reviewed; otherwise, or when another decision came first, nothing happens
 * and the conflict says who did what.
 */
export async function decide(
  articleId: number,
  actorId: number,
  decision: Decision,
): Promise<DecisionOutcome> {
  const context = await getDecisionContext(articleId);
  if (!context) return { ok: false, kind: "not-found" };
  // Rendered before the transaction, so the row lock is held for the writes only.
  const writeAuthorEmail = await authorEmailFor(context, emailFor(decision));

  let jobId: string | null = null;
  if (decision.kind === "schedule") {
    jobId = await enqueuePublishJob(articleId, decision.publishAt);
    if (!jobId) {
      return {
        ok: false,
        kind: "unavailable",
        message: "The scheduler is not available right now. Try again.",
      };
    }
  }
  const request = {
    ...transitionFor(articleId, actorId, decision),
    ...(jobId ? { scheduledJobId: jobId } : {}),
  };
  const write = await applyDecision(request, writeAuthorEmail);
  if (!write.ok) {
    await cancelPublishJob(jobId);
    return failure(write, decision, actorId);
  }

  // The job of an earlier schedule (replaced, cancelled, or overtaken by this decision).
  if (write.result.previousJobId !== jobId) await cancelPublishJob(write.result.previousJobId);
  if (decision.kind === "unpublish") markArticleGone(write.surfaces.slug, true);
  if (decision.kind === "republish") markArticleGone(write.surfaces.slug, false);
  return {
    ok: true,
    article: {
      id: articleId,
      status: write.result.to,
      version: write.result.version,
      scheduledFor: decision.kind === "schedule" ? decision.publishAt.toISOString() : null,
    },
    readerTags: READER_VISIBLE.has(decision.kind) ? readerTagsFor(write.surfaces) : [],
  };
}

/** The field a refused decision names, for the form. */
const REFUSED_FIELD: Partial<Record<string, string>> = {
  "note-required": "note",
  "reason-required": "reason",
  "schedule-required": "publishAt",
};

function failure(
  write: Exclude<DecisionWrite, { ok: true }>,
  decision: Decision,
  actorId: number,
): DecisionOutcome {
  switch (write.kind) {
    case "not-found":
      return write;
    case "refused": {
      const field =
        write.problem === "note-required" && decision.kind === "request-changes"
          ? "feedback"
          : (REFUSED_FIELD[write.problem] ?? "form");
      return { ok: false, kind: "invalid", errors: { [field]: write.message } };
    }
    case "conflict": {
      const { latest } = write;
      const who = latest && (latest.actor?.id === actorId ? "You" : (latest.actor?.name ?? "Someone"));
      const what = latest
        ? ` ${who} ${eventVerb(latest)} ${formatDistanceStrict(latest.createdAt, new Date(), { addSuffix: true })}.`
        : "";
      // The article is in a status this decision no longer applies to: someone decided first
      // (or the author withdrew it). Otherwise only its version moved on (an edit, a resubmission).
      if (nextStatus(write.status, ACTIONS[decision.kind]) === null) {
        return {
          ok: false,
          kind: "conflict",
          code: "already-decided",
          message: `Already decided:${what} Nothing was changed.`,
        };
      }
      return {
        ok: false,
        kind: "conflict",
        code: "changed",
        message: `This article changed since you opened it.${what} Reload the page to see the current version.`,
      };
    }
  }
}
