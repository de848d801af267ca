import { ArticleTeaser } from "@/components/article/article-teaser";
import type { ArticleSummary } from "@/lib/db/articles";

/** Curated articles as cards: title, author + Core badge, excerpt. */
export function FeaturedArticles({ articles }: { articles: ArticleSummary[] }) {
  return (
    <ul className="grid gap-4 md:grid-cols-3">
      {articles.map((article) => (
        <li key={article.id} className="border-surface-border bg-surface rounded-lg border p-4">
          <ArticleTeaser article={article} />
        </li>
      ))}
    </ul>
  );
}
