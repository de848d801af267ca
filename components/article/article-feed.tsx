import { ArticleList } from "@/components/article/article-list";
import { Pager } from "@/components/ui/pager";
import type { ArticlePage } from "@/lib/db/articles";
import { totalPages } from "@/lib/pagination";

interface ArticleFeedProps {
  feed: ArticlePage;
  page: number;
  basePath: string;
  showZone?: boolean;
  empty: string;
}

/** A page of a feed with its numbered pager. */
export function ArticleFeed({ feed, page, basePath, showZone = true, empty }: ArticleFeedProps) {
  return (
    <>
      <ArticleList articles={feed.articles} showZone={showZone} empty={empty} showThumbnails />
      <Pager basePath={basePath} current={page} pages={totalPages(feed.total)} />
    </>
  );
}

/** True when a requested page lies past the end of the feed (page 1 always exists). */
export function isPastEnd(feed: ArticlePage, page: number): boolean {
  return page > 1 && feed.articles.length === 0;
}
