import "server-only";
import { getPublicProfile, type PublicProfile } from "@/lib/db/users";
import {
  getAuthorRecord,
  getReviewArticle,
  listReviewEvents,
  listReviewRevisions,
  type AuthorRecord,
  type ReviewArticle,
  type ReviewEvent,
  type RevisionSnapshot,
} from "@/lib/db/review";
import { diffRevisions, type RevisionDiff } from "./diff";

// Everything the review page shows about one article, read in parallel: the article as it is,
// its history, the author's record and the two diffs — what the author changed since their
// previous submission, and what editors corrected since the latest one.

export interface ReviewComparison {
  diff: RevisionDiff;
  /** The older side's snapshot (its date and version label the comparison). */
  from: Pick<RevisionSnapshot, "version" | "createdAt">;
  to: Pick<RevisionSnapshot, "version" | "createdAt">;
}

export interface ReviewPageData {
  article: ReviewArticle;
  events: ReviewEvent[];
  authorRecord: AuthorRecord | null;
  authorProfile: PublicProfile | null;
  /** Null on a first submission (nothing earlier to compare with). */
  sincePreviousSubmission: ReviewComparison | null;
  /** Null when no editor corrected the text since it was submitted. */
  editorCorrections: (ReviewComparison & { editors: string[] }) | null;
}

export async function loadReview(articleId: number): Promise<ReviewPageData | null> {
  const article = await getReviewArticle(articleId);
  if (!article) return null;
  const [events, revisions, authorRecord, authorProfile] = await Promise.all([
    listReviewEvents(articleId),
    listReviewRevisions(articleId),
    article.author ? getAuthorRecord(article.author.id) : null,
    article.author ? getPublicProfile(article.author.username) : null,
  ]);
  const [latest, previous] = revisions.submissions;
  const newestEdit = revisions.editsSinceSubmission[0];
  return {
    article,
    events,
    authorRecord,
    authorProfile,
    sincePreviousSubmission:
      latest && previous ? { diff: diffRevisions(previous, latest), from: previous, to: latest } : null,
    editorCorrections:
      latest && newestEdit
        ? {
            diff: diffRevisions(latest, article),
            from: latest,
            to: { version: article.version, createdAt: newestEdit.createdAt },
            editors: [
              ...new Set(revisions.editsSinceSubmission.map((edit) => edit.editor?.name ?? "Former editor")),
            ],
          }
        : null,
  };
}
