// Articles that are not (or no longer) published: drafts, the review queue, changes
// requested with editor feedback, rejections and archived ones, including a fixed set owned
// by the member demo login so "Manage My Drafts" shows every state.
import { articleBasics, type ArticlePlan, type PlannedEvent, type Uniques } from "./article-plan";
import type { BodyPool } from "./body-pool";
import { allZones } from "./catalog";
import { Rng } from "./prng";
import type { UserPlans } from "./users";
import { ARCHIVE_NOTES, CHANGE_REQUESTS, REJECTION_REASONS, type ArticleStatusName } from "./workflow-notes";

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

const MEMBER_STATUSES: readonly ArticleStatusName[] = [
  "PUBLISHED",
  "PUBLISHED",
  "DRAFT",
  "DRAFT",
  "SUBMITTED",
  "CHANGES_REQUESTED",
  "REJECTED",
];
const MIX: readonly ArticleStatusName[] = [
  "DRAFT",
  "DRAFT",
  "DRAFT",
  "SUBMITTED",
  "SUBMITTED",
  "SUBMITTED",
  "CHANGES_REQUESTED",
  "CHANGES_REQUESTED",
  "REJECTED",
  "ARCHIVED",
];

export interface WorkflowOptions {
  seed: number;
  /** Published count; the workflow set scales with it (about 2%, at least a dozen). */
  publishedCount: number;
  users: UserPlans;
  pool: BodyPool;
  uniques: Uniques;
  now: Date;
  firstId: number;
}

export function workflowCount(publishedCount: number): number {
  return MEMBER_STATUSES.length + 12 + Math.ceil(publishedCount * 0.02);
}

export function planWorkflow({
  seed,
  publishedCount,
  users,
  pool,
  uniques,
  now,
  firstId,
}: WorkflowOptions): ArticlePlan[] {
  const rng = Rng.derive(seed, "workflow");
  const zones = allZones();
  const extra = workflowCount(publishedCount) - MEMBER_STATUSES.length;
  const owners = [
    ...MEMBER_STATUSES.map((status) => ({ status, authorId: users.member.id })),
    ...Array.from({ length: extra }, (_, i) => ({
      status: MIX[i % MIX.length] as ArticleStatusName,
      authorId: (users.authors[rng.weightedIndex(users.authorWeights)] ?? users.member).id,
    })),
  ];
  const plans = owners.map(({ status, authorId }, index): ArticlePlan => {
    const zone = rng.pick(zones);
    const basics = articleBasics(rng, zone, pool, uniques);
    const editorId = rng.pick([users.editor.id, users.admin.id]);
    // The review queue is recent: submissions waited from a few hours to about two weeks.
    const createdAt = new Date(now.getTime() - rng.int(2, 60) * DAY - rng.int(0, 23) * HOUR);
    const waited = new Date(now.getTime() - rng.int(3, 14 * 24) * HOUR);
    const submittedAt =
      status === "DRAFT" ? null : new Date(Math.max(createdAt.getTime() + HOUR, waited.getTime()));
    const events: PlannedEvent[] = [];
    let publishedAt: Date | null = null;
    let updatedAt = createdAt;
    if (submittedAt) {
      events.push({ actorId: authorId, from: "DRAFT", to: "SUBMITTED", note: null, at: submittedAt });
      updatedAt = submittedAt;
    }
    const decidedAt = submittedAt
      ? new Date(Math.min(now.getTime() - HOUR, submittedAt.getTime() + rng.int(2, 48) * HOUR))
      : null;
    if (decidedAt && status !== "SUBMITTED") {
      const to: ArticleStatusName = status === "ARCHIVED" ? "PUBLISHED" : status;
      const note =
        status === "CHANGES_REQUESTED"
          ? rng.pick(CHANGE_REQUESTS)
          : status === "REJECTED"
            ? rng.pick(REJECTION_REASONS)
            : null;
      events.push({ actorId: editorId, from: "SUBMITTED", to, note, at: decidedAt });
      updatedAt = decidedAt;
      if (to === "PUBLISHED") publishedAt = decidedAt;
      if (status === "ARCHIVED") {
        const archivedAt = new Date(
          Math.min(now.getTime() - 30 * 60_000, decidedAt.getTime() + rng.int(1, 30) * HOUR),
        );
        events.push({
          actorId: editorId,
          from: "PUBLISHED",
          to: "ARCHIVED",
          note: rng.pick(ARCHIVE_NOTES),
          at: archivedAt,
        });
        updatedAt = archivedAt;
      }
    }
    const isPublished = status === "PUBLISHED";
    return {
      id: firstId + index,
      ...basics,
      status,
      authorId,
      zone,
      createdAt,
      submittedAt,
      publishedAt,
      updatedAt,
      version: 1 + events.length,
      editorNote: null,
      viewCount: isPublished || status === "ARCHIVED" ? rng.int(30, 900) : 0,
      likers: [],
      dailyViews: null,
      events,
      revisionAtSubmit: submittedAt !== null && !isPublished,
    };
  });
  return plans;
}
