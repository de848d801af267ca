import Link from "next/link";
import { AuthorName } from "@/components/article/author-name";
import type { ArticleSummary } from "@/lib/db/articles";

/** Curated articles as cards: title, author + Core badge, excerpt. */
export function FeaturedArticles({ articles }: { articles: ArticleSummary[] }) {
  return (
    <ul className="grid gap-4 md:grid-cols-3">
      {articles.map((article) => (
        <li key={article.id} className="border-surface-border bg-surface rounded-lg border p-4">
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
        </li>
      ))}
    </ul>
  );
}
