import { notFound } from "next/navigation";
import { ArticleFeed, isPastEnd } from "@/components/article/article-feed";
import { getCachedFeedPage } from "@/components/article/feed-data";
import { Container } from "@/components/ui/container";

/** "View All Articles": every published article, newest first, 20 a page. */
export async function AllArticlesView({ page }: { page: number }) {
  const feed = await getCachedFeedPage({}, page, []);
  if (isPastEnd(feed, page)) notFound();
  return (
    <Container className="py-8">
      <h1 className="text-ink text-3xl font-extrabold">All Articles{page > 1 ? ` — page ${page}` : ""}</h1>
      <div className="mt-6">
        <ArticleFeed
          feed={feed}
          page={page}
          basePath="/articles"
          empty="No articles have been published yet."
        />
      </div>
    </Container>
  );
}
