import { ArticleCard } from "@/components/article/article-card";
import type { ArticleSummary } from "@/lib/db/articles";

interface ArticleListProps {
  articles: ArticleSummary[];
  empty: string;
  showZone?: boolean;
  /** Two columns on wide screens (home page). */
  twoColumns?: boolean;
  showThumbnails?: boolean;
}

export function ArticleList({
  articles,
  empty,
  showZone = true,
  twoColumns = false,
  showThumbnails = false,
}: ArticleListProps) {
  if (articles.length === 0) return <p className="text-muted py-6 text-sm">{empty}</p>;
  return (
    <div className={twoColumns ? "grid gap-x-10 lg:grid-cols-2" : undefined}>
      {articles.map((a) => (
        <ArticleCard key={a.id} article={a} showZone={showZone} showThumbnail={showThumbnails} />
      ))}
    </div>
  );
}

ArticleList.Skeleton = function ArticleListSkeleton({ rows = 5 }: { rows?: number }) {
  return (
    <div aria-hidden="true">
      {Array.from({ length: rows }, (_, i) => (
        <div key={i} className="border-surface-border border-b py-4">
          <div className="bg-surface-sunken h-4 w-3/4 animate-pulse rounded" />
          <div className="bg-surface-sunken mt-2 h-3 w-1/3 animate-pulse rounded" />
          <div className="bg-surface-sunken mt-2 h-3 w-full animate-pulse rounded" />
        </div>
      ))}
    </div>
  );
};
