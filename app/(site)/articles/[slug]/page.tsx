import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getCachedArticle, getCachedRelatedArticles } from "@/components/article/article-data";
import { ArticleView } from "@/components/article/article-view";
import { ViewBeacon } from "@/components/article/view-beacon";
import { getCachedPublicProfile } from "@/components/user/profile-data";
import { listRecentArticleSlugs } from "@/lib/db/articles";
import { articleMetadata } from "@/lib/seo/metadata";
import { slugParams } from "@/lib/static-params";

const RELATED_LIMIT = 4;

export async function generateStaticParams() {
  return slugParams(await listRecentArticleSlugs(20));
}

export async function generateMetadata({ params }: PageProps<"/articles/[slug]">): Promise<Metadata> {
  const article = await getCachedArticle((await params).slug);
  return article ? articleMetadata(article) : { title: "Article not found" };
}

export default async function ArticlePage({ params }: PageProps<"/articles/[slug]">) {
  // Awaited before any Suspense boundary so an unknown or unpublished slug is a real 404.
  const article = await getCachedArticle((await params).slug);
  if (!article) notFound();
  const [related, authorProfile] = await Promise.all([
    getCachedRelatedArticles(
      { id: article.id, zoneId: article.zoneId, tagIds: article.tags.map((t) => t.id) },
      article.zone.slug,
      RELATED_LIMIT,
    ),
    article.author ? getCachedPublicProfile(article.author.username) : null,
  ]);
  return (
    <ArticleView article={article} related={related} authorProfile={authorProfile}>
      <ViewBeacon articleId={article.id} />
    </ArticleView>
  );
}
