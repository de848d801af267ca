import type { MyArticle } from "@/lib/authoring/my-articles";
import { DraftActions } from "./draft-actions";
import { EventHistory } from "./event-history";
import { formatDateTime } from "./when";

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
      {article.feedback && (
        <div className="border-brand-600 bg-surface-sunken mt-3 rounded-md border-l-4 px-3 py-2 text-sm">
          <p className="text-ink font-semibold">Editor’s feedback</p>
          <p className="text-ink-soft mt-1 whitespace-pre-line">{article.feedback}</p>
        </div>
      )}
      <DraftActions id={article.id} slug={article.slug} title={title} status={article.status} />
      <EventHistory events={article.events} />
    </li>
  );
}
