import { ArticleCard } from "@/components/article/article-card";
import type { ArticleSummary } from "@/lib/db/articles";

interface ArticleListProps {
  articles: ArticleSummary[];
  empty: string;
  showZone?: boolean;
  /** Two columns on wide screens (home page). */
  twoColumns?: boolean;
}

export function ArticleList({ articles, empty, showZone = true, twoColumns = false }: ArticleListProps) {
  if (articles.length === 0) return <p className="py-6 text-sm text-muted">{empty}</p>;
  return (
    <div className={twoColumns ? "grid gap-x-10 lg:grid-cols-2" : undefined}>
      {articles.map((a) => (
        <ArticleCard key={a.id} article={a} showZone={showZone} />
      ))}
    </div>
  );
}

ArticleList.Skeleton = function ArticleListSkeleton({ rows = 5 }: { rows?: number }) {
  return (
    <div aria-hidden="true">
      {Array.from({ length: rows }, (_, i) => (
        <div key={i} className="border-b border-surface-border py-4">
          <div className="h-4 w-3/4 animate-pulse rounded bg-surface-sunken" />
          <div className="mt-2 h-3 w-1/3 animate-pulse rounded bg-surface-sunken" />
          <div className="mt-2 h-3 w-full animate-pulse rounded bg-surface-sunken" />
        </div>
      ))}
    </div>
  );
};
