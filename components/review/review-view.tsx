import Link from "next/link";
import { ArticleMain } from "@/components/article/article-view";
import { formatWaiting } from "@/components/editor/waiting-time";
import type { ArticleDetail } from "@/lib/db/articles";
import type { ReviewArticle } from "@/lib/db/review";
import type { ReviewComparison, ReviewPageData } from "@/lib/editorial/review";
import { eventTitle } from "@/lib/editorial/event-labels";
import { formatDate } from "@/lib/format";
import { CorrectionForm } from "./correction-form";
import { DecisionPanel } from "./decision-panel";
import { RevisionDiffView } from "./diff-view";
import { LocalTime } from "./local-time";
import { AuthorSummary, ReviewDetails } from "./review-details";
import { ReviewHistory } from "./review-history";

const sectionClass = "border-surface-border bg-surface rounded-lg border p-4";
const headingClass = "text-ink mb-3 text-base font-bold";

/**
 * The submission as readers will see it once published: the same reading column as the
 * article page, dated with the day it would go out (now, or its scheduled time).
 */
function asPublished(article: ReviewArticle, now: Date): ArticleDetail {
  const scheduled = article.status === "SUBMITTED" ? article.scheduledFor : null;
  return {
    ...article,
    publishedAt: article.publishedAt ?? scheduled ?? now,
    author: article.author && {
      username: article.author.username,
      name: article.author.name,
      isCore: article.author.isCore,
      avatarUrl: article.author.avatarUrl,
    },
  };
}

/** One line on where the article stands. */
function StatusLine({ article, now }: { article: ReviewArticle; now: Date }) {
  switch (article.status) {
    case "SUBMITTED":
      if (article.scheduledFor) {
        return (
          <>
            Accepted and scheduled to publish <LocalTime iso={article.scheduledFor.toISOString()} />
          </>
        );
      }
      return (
        <>Waiting for review{article.submittedAt && ` for ${formatWaiting(article.submittedAt, now)}`}</>
      );
    case "CHANGES_REQUESTED":
      return <>Sent back to the author for changes</>;
    case "PUBLISHED":
      return (
        <>
          Published{article.publishedAt && ` on ${formatDate(article.publishedAt)}`} ·{" "}
          <Link href={`/articles/${article.slug}`} className="text-brand-600 hover:underline">
            View it on the site
          </Link>
        </>
      );
    case "REJECTED":
      return <>Rejected</>;
    case "ARCHIVED":
      return <>Unpublished: its address answers “410 Gone”</>;
    case "DRAFT":
      return <>Withdrawn by the author: a draft again</>;
  }
}

function Comparison({
  id,
  title,
  comparison,
  note,
}: {
  id: string;
  title: string;
  comparison: ReviewComparison;
  note: string;
}) {
  return (
    <section aria-labelledby={id} className={sectionClass}>
      <h2 id={id} className={headingClass}>
        {title}
      </h2>
      <p className="text-muted mb-3 text-sm">
        {note} (version {comparison.from.version} → {comparison.to.version})
      </p>
      <RevisionDiffView diff={comparison.diff} />
    </section>
  );
}

/** /editor/review/[id]: what changed, the preview, the decision, the details and the history. */
export function ReviewView({ review, now }: { review: ReviewPageData; now: Date }) {
  const { article } = review;
  const waiting = article.status === "SUBMITTED";
  const latest = review.events[0];
  return (
    <>
      <p className="text-sm">
        <Link href="/editor" className="text-brand-600 hover:underline">
          ← Review queue
        </Link>
      </p>
      <h1 className="text-ink mt-2 text-2xl font-extrabold break-words">
        Review: {article.title || "Untitled"}
      </h1>
      <p className="text-ink-soft mt-1" data-testid="review-status">
        <StatusLine article={article} now={now} />
      </p>

      <div className="mt-6 lg:grid lg:grid-cols-[minmax(0,1fr)_22rem] lg:items-start lg:gap-8">
        <div className="min-w-0 space-y-6">
          {review.sincePreviousSubmission ? (
            <Comparison
              id="changes-heading"
              title="Changes since the previous submission"
              comparison={review.sincePreviousSubmission}
              note="What the author changed since an editor last reviewed it"
            />
          ) : (
            <section aria-labelledby="changes-heading" className={sectionClass}>
              <h2 id="changes-heading" className={headingClass}>
                Changes since the previous submission
              </h2>
              <p className="text-ink-soft text-sm">
                First submission: there is no earlier version to compare with.
              </p>
            </section>
          )}
          {review.editorCorrections && (
            <Comparison
              id="corrections-heading"
              title="Corrections by editors"
              comparison={review.editorCorrections}
              note={`Changed by ${review.editorCorrections.editors.join(", ")} since it was submitted`}
            />
          )}
          <section aria-labelledby="preview-heading" className={sectionClass}>
            <h2
              id="preview-heading"
              className="text-muted mb-4 text-xs font-semibold tracking-wide uppercase"
            >
              Preview: as readers will see it
            </h2>
            <ArticleMain article={asPublished(article, now)} authorProfile={review.authorProfile} preview />
          </section>
        </div>

        <div className="mt-6 space-y-6 lg:sticky lg:top-6 lg:mt-0">
          <section aria-labelledby="decision-heading" className={sectionClass}>
            <h2 id="decision-heading" className={headingClass}>
              Decision
            </h2>
            {waiting ? (
              <DecisionPanel
                article={{
                  id: article.id,
                  version: article.version,
                  scheduledFor: article.scheduledFor?.toISOString() ?? null,
                }}
              />
            ) : (
              <p className="text-ink-soft text-sm" role="status">
                {latest && (
                  <span className="text-ink block font-medium">
                    {eventTitle(latest)} by {latest.actor?.name ?? "a former member"},{" "}
                    <LocalTime iso={latest.createdAt.toISOString()} />.
                  </span>
                )}
                Nothing to decide: this article is not waiting for review.{" "}
                {(article.status === "PUBLISHED" || article.status === "ARCHIVED") && (
                  <Link
                    href={`/editor/articles?status=${article.status === "PUBLISHED" ? "published" : "unpublished"}&q=${encodeURIComponent(article.title)}`}
                    className="text-brand-600 font-semibold hover:underline"
                  >
                    Manage it under Articles
                  </Link>
                )}
              </p>
            )}
          </section>
          <section aria-labelledby="details-heading" className={sectionClass}>
            <h2 id="details-heading" className={headingClass}>
              Details
            </h2>
            <ReviewDetails article={article} now={now} />
          </section>
          <section aria-labelledby="author-heading" className={sectionClass}>
            <h2 id="author-heading" className={headingClass}>
              Author
            </h2>
            <AuthorSummary article={article} record={review.authorRecord} />
          </section>
          <section aria-labelledby="history-heading" className={sectionClass}>
            <h2 id="history-heading" className={headingClass}>
              History
            </h2>
            <ReviewHistory events={review.events} />
          </section>
        </div>
      </div>

      {waiting && (
        <section aria-labelledby="correct-heading" className={`${sectionClass} mt-6`}>
          <details>
            <summary className="cursor-pointer">
              <h2 id="correct-heading" className="text-ink inline text-base font-bold">
                Correct the text before publishing
              </h2>
              <span className="text-muted ml-2 text-sm">
                Typos, a clumsy title: saved as your revision, shown in the history.
              </span>
            </summary>
            <div className="mt-4">
              <CorrectionForm
                articleId={article.id}
                version={article.version}
                initial={{
                  title: article.title,
                  summary: article.summary,
                  bodyMarkdown: article.bodyMarkdown,
                }}
              />
            </div>
          </details>
        </section>
      )}
    </>
  );
}
