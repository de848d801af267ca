import Link from "next/link";
import { formatWaiting } from "@/components/editor/waiting-time";
import { CoreBadge } from "@/components/ui/core-badge";
import type { AuthorRecord, ReviewArticle } from "@/lib/db/review";
import { formatNumber, pluralize } from "@/lib/format";
import { LocalTime } from "./local-time";

const termClass = "text-muted";
const valueClass = "text-ink";

/** Where the article goes, how long it has waited, and its version. */
export function ReviewDetails({ article, now }: { article: ReviewArticle; now: Date }) {
  return (
    <dl className="grid grid-cols-[auto_minmax(0,1fr)] gap-x-4 gap-y-2 text-sm">
      <dt className={termClass}>Zone</dt>
      <dd className={valueClass}>
        {article.zone.name} <span className="text-muted">in {article.category.name}</span>
      </dd>
      <dt className={termClass}>Tags</dt>
      <dd className={valueClass}>
        {article.tags.length > 0 ? article.tags.map((tag) => tag.name).join(", ") : "None"}
      </dd>
      <dt className={termClass}>Submitted</dt>
      <dd className={valueClass}>
        {article.submittedAt ? <LocalTime iso={article.submittedAt.toISOString()} /> : "Not yet"}
      </dd>
      {article.status === "SUBMITTED" && article.submittedAt && (
        <>
          <dt className={termClass}>Waiting</dt>
          <dd className={valueClass}>{formatWaiting(article.submittedAt, now)}</dd>
        </>
      )}
      <dt className={termClass}>Length</dt>
      <dd className={valueClass}>
        {pluralize(article.wordCount, "word")}, {article.readingMinutes} min read
      </dd>
      <dt className={termClass}>Version</dt>
      <dd className={valueClass}>{formatNumber(article.version)}</dd>
    </dl>
  );
}

/** Who wrote it and how their earlier work fared. */
export function AuthorSummary({ article, record }: { article: ReviewArticle; record: AuthorRecord | null }) {
  const { author } = article;
  if (!author || !record) return <p className="text-ink-soft text-sm">Written by a former member.</p>;
  return (
    <div className="text-sm">
      <p className="text-ink flex items-center font-semibold">
        {author.suspended ? (
          author.name
        ) : (
          <Link href={`/users/${author.username}`} className="text-brand-600 hover:underline">
            {author.name}
          </Link>
        )}
        {author.isCore && <CoreBadge />}
      </p>
      <p className="text-muted">
        @{author.username}
        {author.suspended && " · suspended"}
      </p>
      <ul className="text-ink-soft mt-2 space-y-0.5">
        <li>{pluralize(record.published, "article")} published</li>
        <li>{pluralize(record.rejected, "article")} rejected</li>
        <li>{pluralize(record.submitted, "article")} submitted for review in all</li>
      </ul>
    </div>
  );
}
