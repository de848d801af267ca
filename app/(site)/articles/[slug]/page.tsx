import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getCachedArticle } from "@/components/article/article-data";
import { AuthorName } from "@/components/article/author-name";
import { Container } from "@/components/ui/container";
import { slugParams } from "@/lib/static-params";
import { listRecentArticleSlugs } from "@/lib/db/articles";
import { formatDate, pluralize } from "@/lib/format";

export async function generateStaticParams() {
  return slugParams(await listRecentArticleSlugs(20));
}

export async function generateMetadata({ params }: PageProps<"/articles/[slug]">): Promise<Metadata> {
  const article = await getCachedArticle((await params).slug);
  if (!article) return { title: "Article not found" };
  return {
    title: article.title,
    description: article.summary,
    alternates: article.canonicalUrl ? { canonical: article.canonicalUrl } : undefined,
    openGraph: {
      type: "article",
      title: article.title,
      description: article.summary,
      publishedTime: article.publishedAt.toISOString(),
    },
  };
}

export default async function ArticlePage({ params }: PageProps<"/articles/[slug]">) {
  const article = await getCachedArticle((await params).slug);
  if (!article) notFound();

  return (
    <Container className="py-8">
      <article>
        <header className="max-w-prose">
          <Link
            href={`/zones/${article.zone.slug}`}
            className="text-brand-600 text-sm font-semibold hover:underline"
          >
            {article.zone.name}
          </Link>
          <h1 className="text-ink mt-2 text-3xl leading-tight font-extrabold sm:text-4xl">{article.title}</h1>
          {article.summary && <p className="text-ink-soft mt-3 text-lg">{article.summary}</p>}
          <p className="text-muted mt-4 flex flex-wrap items-center gap-x-2 text-sm">
            <AuthorName author={article.author} />
            <span aria-hidden="true">·</span>
            <time dateTime={article.publishedAt.toISOString()}>{formatDate(article.publishedAt)}</time>
            <span aria-hidden="true">·</span>
            <span>{article.readingMinutes} min read</span>
            <span aria-hidden="true">·</span>
            <span>{pluralize(article.viewCount, "View")}</span>
            <span aria-hidden="true">·</span>
            <span>{pluralize(article.likeCount, "Like")}</span>
          </p>
        </header>
        {article.editorNote && (
          <aside className="border-brand-500 bg-brand-50 text-ink-soft mt-6 max-w-prose rounded-md border-l-4 p-4 text-sm">
            <strong className="text-ink">Editor&apos;s note:</strong> {article.editorNote}
          </aside>
        )}
        {/* bodyHtml was rendered and sanitized by lib/markdown when the article was saved. */}
        <div className="prose-body mt-8" dangerouslySetInnerHTML={{ __html: article.bodyHtml }} />
        {article.tags.length > 0 && (
          <ul className="mt-8 flex flex-wrap gap-2" aria-label="Tags">
            {article.tags.map((tag) => (
              <li key={tag.slug} className="bg-surface-sunken text-ink-soft rounded-full px-3 py-1 text-xs">
                #{tag.name}
              </li>
            ))}
          </ul>
        )}
      </article>
    </Container>
  );
}
