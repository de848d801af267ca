import Link from "next/link";
import { AuthorName } from "@/components/article/author-name";
import type { ArticleSummary } from "@/lib/db/articles";
import { formatDate, pluralize } from "@/lib/format";

/** One article in a feed: title, author + badge, date, zone, excerpt and counts. */
export function ArticleCard({ article, showZone = true }: { article: ArticleSummary; showZone?: boolean }) {
  return (
    <article className="border-b border-surface-border py-4">
      <h3 className="text-base font-semibold leading-snug text-ink">
        <Link href={`/articles/${article.slug}`} className="hover:text-brand-600 hover:underline">
          {article.title}
        </Link>
      </h3>
      <p className="mt-1 flex flex-wrap items-center gap-x-2 text-sm text-muted">
        <AuthorName author={article.author} />
        <span aria-hidden="true">·</span>
        <time dateTime={article.publishedAt.toISOString()}>{formatDate(article.publishedAt)}</time>
        {showZone && (
          <>
            <span aria-hidden="true">·</span>
            <Link href={`/zones/${article.zone.slug}`} className="hover:text-brand-600 hover:underline">
              {article.zone.name}
            </Link>
          </>
        )}
      </p>
      {article.summary && <p className="mt-2 line-clamp-2 text-sm text-ink-soft">{article.summary}</p>}
      <p className="mt-2 text-xs text-muted">
        {pluralize(article.viewCount, "View")} · {pluralize(article.likeCount, "Like")} · {article.readingMinutes} min read
      </p>
    </article>
  );
}
