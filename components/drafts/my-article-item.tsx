import type { DraftStatus } from "@/lib/authoring/drafts";
import type { MyArticle } from "@/lib/authoring/my-articles";
import { DraftActions } from "./draft-actions";
import { EventHistory } from "./event-history";
import { formatDateTime } from "./when";

const FEEDBACK_HEADINGS: Partial<Record<DraftStatus, string>> = {
  CHANGES_REQUESTED: "The editor asks for these changes",
  REJECTED: "Why the editor declined it",
  ARCHIVED: "Why the editor unpublished it",
};

/** One of the author's articles: title, zone, last change, the editor's feedback, actions. */
export function MyArticleItem({ article }: { article: MyArticle }) {
  const title = article.title.trim() || "Untitled draft";
  return (
    <li className="border-surface-border bg-surface rounded-xl border p-4 sm:p-5">
      <h3 className="text-ink text-lg font-semibold break-words">{title}</h3>
      <p className="text-muted mt-1 text-sm">
        {article.zoneName} · Updated{" "}
        <time dateTime={article.updatedAt.toISOString()}>{formatDateTime(article.updatedAt)}</time>
        {article.status === "SUBMITTED" && article.submittedAt && (
          <>
            {" "}
            · Submitted{" "}
            <time dateTime={article.submittedAt.toISOString()}>{formatDateTime(article.submittedAt)}</time>
          </>
        )}
        {article.status === "PUBLISHED" && article.publishedAt && (
          <>
            {" "}
            · Published{" "}
            <time dateTime={article.publishedAt.toISOString()}>{formatDateTime(article.publishedAt)}</time>
          </>
        )}
      </p>
      {article.status === "SUBMITTED" && article.scheduledFor && (
        <p className="border-brand-600 bg-surface-sunken text-ink mt-3 rounded-md border-l-4 px-3 py-2 text-sm font-medium">
          Accepted: scheduled to be published on{" "}
          <time dateTime={article.scheduledFor.toISOString()}>{formatDateTime(article.scheduledFor)}</time>.
        </p>
      )}
      {article.feedback && (
        <div
          className={`mt-3 rounded-md border-l-4 px-3 py-2 text-sm ${
            article.status === "CHANGES_REQUESTED"
              ? "border-amber-500 bg-amber-50 dark:bg-amber-950"
              : "border-brand-600 bg-surface-sunken"
          }`}
        >
          <p className="text-ink font-semibold">{FEEDBACK_HEADINGS[article.status] ?? "Editor’s feedback"}</p>
          {article.feedbackReason && <p className="text-ink mt-1">Reason: {article.feedbackReason}</p>}
          <p className="text-ink-soft mt-1 break-words whitespace-pre-line">{article.feedback}</p>
        </div>
      )}
      <DraftActions id={article.id} slug={article.slug} title={title} status={article.status} />
      <EventHistory events={article.events} />
    </li>
  );
}
