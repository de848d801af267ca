import { cacheLife, cacheTag } from "next/cache";
import { ArticleList } from "@/components/article/article-list";
import { listLatestArticles } from "@/lib/db/articles";
import { TAGS } from "@/lib/cache/tags";

export async function LatestArticles({ limit }: { limit: number }) {
  "use cache";
  cacheLife("minutes");
  cacheTag(TAGS.home, TAGS.articles);
  const articles = await listLatestArticles(limit);
  return <ArticleList articles={articles} twoColumns empty="No articles have been published yet." />;
}
