import Image from "next/image";
import Link from "next/link";
import { AuthorName } from "@/components/article/author-name";
import { LikeButton } from "@/components/article/like-button";
import { Avatar } from "@/components/user/avatar";
import type { ArticleDetail } from "@/lib/db/articles";
import { formatDate, pluralize } from "@/lib/format";

/** Edits within a day of publishing (typo fixes) are not worth an "Updated" line. */
const UPDATE_WORTH_SHOWING_MS = 24 * 60 * 60 * 1000;

// Covers are stored without dimensions; uploads and the demo covers are 16:9, and the box
// keeps that ratio either way (object-cover), so the image never shifts the layout.
const COVER_WIDTH = 800;
const COVER_HEIGHT = 450;

function Dot() {
  return <span aria-hidden="true">·</span>;
}

/**
 * Breadcrumb, title (the page's only h1), summary, byline with dates and counts, and cover.
 * `preview` (the editors' review page) shows the like count without the Like button.
 */
export function ArticleHeader({ article, preview = false }: { article: ArticleDetail; preview?: boolean }) {
  const updated = article.updatedAt.getTime() - article.publishedAt.getTime() > UPDATE_WORTH_SHOWING_MS;
  return (
    <header>
      <nav aria-label="Breadcrumb" className="text-sm">
        <ol className="flex flex-wrap items-center gap-x-2">
          <li>
            <Link
              href={`/categories/${article.category.slug}`}
              className="text-muted hover:text-brand-600 hover:underline"
            >
              {article.category.name}
            </Link>
          </li>
          <li aria-hidden="true" className="text-muted">
            ›
          </li>
          <li>
            <Link
              href={`/zones/${article.zone.slug}`}
              className="text-brand-600 font-semibold hover:underline"
            >
              {article.zone.name}
            </Link>
          </li>
        </ol>
      </nav>
      <h1 className="text-ink mt-2 text-3xl leading-tight font-extrabold break-words sm:text-4xl">
        {article.title}
      </h1>
      {article.summary && <p className="text-ink-soft mt-3 text-lg">{article.summary}</p>}
      <div className="mt-5 flex items-center gap-3">
        <Avatar name={article.author?.name ?? "Former member"} url={article.author?.avatarUrl ?? null} />
        <div className="text-sm">
          <AuthorName author={article.author} />
          <p className="text-muted mt-0.5 flex flex-wrap items-center gap-x-2" data-testid="article-meta">
            <time dateTime={article.publishedAt.toISOString()}>{formatDate(article.publishedAt)}</time>
            {updated && (
              <>
                <Dot />
                <span>
                  Updated{" "}
                  <time dateTime={article.updatedAt.toISOString()}>{formatDate(article.updatedAt)}</time>
                </span>
              </>
            )}
            <Dot />
            <span>{article.readingMinutes} min read</span>
            <Dot />
            <span>{pluralize(article.viewCount, "View")}</span>
            <Dot />
            {preview ? (
              <span>{pluralize(article.likeCount, "Like")}</span>
            ) : (
              <LikeButton articleId={article.id} initialCount={article.likeCount} />
            )}
          </p>
        </div>
      </div>
      {article.coverImageUrl && (
        <Image
          src={article.coverImageUrl}
          alt={`Cover image for “${article.title}”`}
          width={COVER_WIDTH}
          height={COVER_HEIGHT}
          unoptimized
          loading="eager"
          fetchPriority="high"
          className="border-surface-border bg-surface-sunken mt-6 aspect-video h-auto w-full rounded-lg border object-cover"
        />
      )}
    </header>
  );
}
