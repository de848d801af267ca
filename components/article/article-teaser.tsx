import Link from "next/link";
import { AuthorName } from "@/components/article/author-name";
import type { ArticleSummary } from "@/lib/db/articles";

/** An article as a teaser: title link, author + Core badge, a clamped excerpt. */
export function ArticleTeaser({ article }: { article: ArticleSummary }) {
  return (
    <article>
      <h3 className="text-ink leading-snug font-semibold">
        <Link href={`/articles/${article.slug}`} className="hover:text-brand-600 hover:underline">
          {article.title}
        </Link>
      </h3>
      <p className="text-muted mt-1 text-sm">
        <AuthorName author={article.author} />
      </p>
      {article.summary && <p className="text-ink-soft mt-2 line-clamp-3 text-sm">{article.summary}</p>}
    </article>
  );
}
