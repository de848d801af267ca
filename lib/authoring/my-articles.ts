import "server-only";
import { listOwnArticles, type OwnArticle, type OwnArticleEvent } from "@/lib/db/drafts";
import { eventReasonLabel } from "@/lib/editorial/event-labels";
import type { DraftStatus } from "./drafts";

// Manage My Drafts: the author's articles grouped by status, each with the editor's latest
// feedback. Grouping is pure (groupMyArticles) so its rules are tested without a database.

export type MyArticleEvent = OwnArticleEvent;

export interface MyArticle extends Omit<OwnArticle, "status"> {
  status: DraftStatus;
  /** The editor's note that put it in its current status (changes requested, rejected, unpublished). */
  feedback: string | null;
  /** A rejection's reason, in words. */
  feedbackReason: string | null;
}

export interface MyArticleGroup {
  status: DraftStatus;
  heading: string;
  articles: MyArticle[];
}

// The order an author works through them; Archived is shown only when there is something in it.
const GROUPS: { status: DraftStatus; heading: string; always: boolean }[] = [
  { status: "DRAFT", heading: "Drafts", always: true },
  { status: "SUBMITTED", heading: "Submitted", always: true },
  { status: "CHANGES_REQUESTED", heading: "Changes requested", always: true },
  { status: "PUBLISHED", heading: "Published", always: true },
  { status: "REJECTED", heading: "Rejected", always: true },
  { status: "ARCHIVED", heading: "Archived", always: false },
];

const WITH_FEEDBACK = new Set<DraftStatus>(["CHANGES_REQUESTED", "REJECTED", "ARCHIVED"]);

/** Groups in GROUPS order; each group keeps the given (most recently changed first) order. */
export function groupMyArticles(articles: OwnArticle[]): MyArticleGroup[] {
  return GROUPS.map(({ status, heading }) => ({
    status,
    heading,
    articles: articles.filter((article) => article.status === status).map(withFeedback),
  })).filter((group, i) => GROUPS[i]!.always || group.articles.length > 0);
}

function withFeedback(article: OwnArticle): MyArticle {
  const decision = WITH_FEEDBACK.has(article.status)
    ? article.events.find((event) => event.toStatus === article.status && event.note)
    : undefined;
  return {
    ...article,
    feedback: decision?.note ?? null,
    feedbackReason: decision ? eventReasonLabel(decision) : null,
  };
}

/** The signed-in author's articles for Manage My Drafts; null groups when they have none. */
export async function listMyArticles(authorId: number): Promise<MyArticleGroup[] | null> {
  const articles = await listOwnArticles(authorId);
  return articles.length === 0 ? null : groupMyArticles(articles);
}
