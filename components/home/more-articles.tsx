import { ArticleList } from "@/components/article/article-list";
import { getMoreArticles, getSpotlight } from "@/components/home/home-data";

/** "More Articles": about ten recent articles that the Spotlight does not already show. */
export async function MoreArticles({ limit }: { limit: number }) {
  const spotlight = await getSpotlight();
  const articles = await getMoreArticles(
    limit,
    spotlight.articles.map((a) => a.id),
  );
  return <ArticleList articles={articles} empty="No other articles have been published yet." />;
}
