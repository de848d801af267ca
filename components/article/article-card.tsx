import Link from "next/link";
import { AuthorName } from "@/components/article/author-name";
import type { ArticleSummary } from "@/lib/db/articles";
import { formatDate, pluralize } from "@/lib/format";

interface ArticleCardProps {
  article: ArticleSummary;
  showZone?: boolean;
  /** The cover as a small thumbnail beside the text (feeds); off in dense lists. */
  showThumbnail?: boolean;
}

/** One article in a feed: title, author + badge, date, zone, excerpt and counts. */
export function ArticleCard({ article, showZone = true, showThumbnail = false }: ArticleCardProps) {
  return (
    <article className="border-surface-border flex gap-4 border-b py-4">
      <div className="min-w-0 flex-1">
        <h3 className="text-ink text-base leading-snug font-semibold">
          <Link href={`/articles/${article.slug}`} className="hover:text-brand-600 hover:underline">
            {article.title}
          </Link>
        </h3>
        <p className="text-muted mt-1 flex flex-wrap items-center gap-x-2 text-sm">
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
        {article.summary && <p className="text-ink-soft mt-2 line-clamp-2 text-sm">{article.summary}</p>}
        <p className="text-muted mt-2 text-xs">
          {pluralize(article.viewCount, "View")} · {pluralize(article.likeCount, "Like")} ·{" "}
          {article.readingMinutes} min read
        </p>
      </div>
      {showThumbnail && article.coverImageUrl && (
        // Decorative: the title next to it names the article. Explicit size, so no layout shift.
        // eslint-disable-next-line @next/next/no-img-element -- demo covers are SVGs served as-is
        <img
          src={article.coverImageUrl}
          alt=""
          width={128}
          height={72}
          loading="lazy"
          decoding="async"
          className="border-surface-border hidden h-[72px] w-32 shrink-0 rounded border object-cover sm:block"
        />
      )}
    </article>
  );
}
