import type { ArticleStatus } from "@/lib/db/review";
import { rejectReasonLabel } from "./decision-input";

// What an ArticleEvent means, in words, for the review page's history, the author's Manage My
// Drafts and the "already decided" message. Same-status events are told apart by the action
// name transitionArticle stores in `reason` (lib/db/article-transitions.ts MARKED_ACTIONS).

export interface EventFacts {
  fromStatus: ArticleStatus | null;
  toStatus: ArticleStatus;
  reason: string | null;
}

/** A short title for the event: "Submitted for review", "Rejected", "Scheduled". */
export function eventTitle({ fromStatus, toStatus, reason }: EventFacts): string {
  if (reason === "schedule") return "Scheduled to publish";
  if (reason === "cancel-schedule") return "Schedule cancelled";
  if (reason === "publish-scheduled") return "Published as scheduled";
  if (reason === "edit") return "Corrected by an editor";
  switch (toStatus) {
    case "SUBMITTED":
      return fromStatus === "CHANGES_REQUESTED" ? "Resubmitted for review" : "Submitted for review";
    case "DRAFT":
      return fromStatus === "SUBMITTED" ? "Withdrawn from review" : "Saved as a draft";
    case "CHANGES_REQUESTED":
      return "Changes requested";
    case "PUBLISHED":
      return fromStatus === "ARCHIVED" ? "Re-published" : "Published";
    case "REJECTED":
      return "Rejected";
    case "ARCHIVED":
      return "Unpublished";
  }
}

/** The rejection reason's label, for events that have one (other events' reasons are actions). */
export function eventReasonLabel({ toStatus, reason }: EventFacts): string | null {
  return toStatus === "REJECTED" && reason ? rejectReasonLabel(reason) : null;
}

/** "published this article" — for "<name> already … <when>". */
export function eventVerb(facts: EventFacts): string {
  if (facts.reason === "schedule") return "scheduled this article";
  if (facts.reason === "cancel-schedule") return "cancelled this article’s schedule";
  if (facts.reason === "edit") return "edited this article";
  switch (facts.toStatus) {
    case "SUBMITTED":
      return "resubmitted this article";
    case "DRAFT":
      return "withdrew this article from review";
    case "CHANGES_REQUESTED":
      return "asked for changes to this article";
    case "PUBLISHED":
      return facts.fromStatus === "ARCHIVED" ? "re-published this article" : "published this article";
    case "REJECTED":
      return "rejected this article";
    case "ARCHIVED":
      return "unpublished this article";
  }
}
