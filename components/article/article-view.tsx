import { ArticleHeader } from "@/components/article/article-header";
import { AuthorCard } from "@/components/article/author-card";
import { RelatedArticles } from "@/components/article/related-articles";
import { ShareLinks } from "@/components/article/share-links";
import { TableOfContents } from "@/components/article/table-of-contents";
import { JsonLd } from "@/components/seo/json-ld";
import { Container } from "@/components/ui/container";
import type { ArticleDetail, ArticleSummary } from "@/lib/db/articles";
import type { PublicProfile } from "@/lib/db/users";
import { articleJsonLd, breadcrumbJsonLd } from "@/lib/seo/structured-data";
import { articleUrl } from "@/lib/seo/urls";

interface ArticleViewProps {
  article: ArticleDetail;
  related: ArticleSummary[];
  authorProfile: PublicProfile | null;
  /** Client islands that belong to the page but not to its cached content (view beacon…). */
  children?: React.ReactNode;
}

/**
 * The reading column: header, outline (small screens), editor's note, body, tags, `children`
 * (share links) and the author card. Also the editors' preview of a submission (`preview`: no
 * live Like button for an article that is not out yet).
 */
export function ArticleMain({
  article,
  authorProfile,
  preview = false,
  children,
}: {
  article: ArticleDetail;
  authorProfile: PublicProfile | null;
  preview?: boolean;
  children?: React.ReactNode;
}) {
  return (
    <article className="max-w-prose min-w-0">
      <ArticleHeader article={article} preview={preview} />
      <TableOfContents entries={article.toc} variant="inline" className="mt-6 lg:hidden" />
      {article.editorNote && (
        <aside
          aria-label="Editor's note"
          className="border-brand-500 bg-brand-50 text-ink-soft mt-6 rounded-md border-l-4 p-4 text-sm"
        >
          <strong className="text-ink">Editor&apos;s note:</strong> {article.editorNote}
        </aside>
      )}
      {/* bodyHtml was rendered and sanitized by lib/markdown when the article was saved (code
          blocks and tables scroll sideways and are focusable since RENDER_VERSION 2). */}
      <div className="prose-body mt-8" dangerouslySetInnerHTML={{ __html: article.bodyHtml }} />
      {article.tags.length > 0 && (
        // Chips, not links: there is no tag page yet.
        <ul className="mt-8 flex flex-wrap gap-2" aria-label="Tags">
          {article.tags.map((tag) => (
            <li key={tag.slug} className="bg-surface-sunken text-ink-soft rounded-full px-3 py-1 text-xs">
              #{tag.name}
            </li>
          ))}
        </ul>
      )}
      {children}
      <AuthorCard author={article.author} profile={authorProfile} />
    </article>
  );
}

/** The whole article page below the site header: reading column, sticky outline, related. */
export function ArticleView({ article, related, authorProfile, children }: ArticleViewProps) {
  return (
    <Container className="py-8">
      <JsonLd data={articleJsonLd(article)} />
      <JsonLd
        data={breadcrumbJsonLd([
          { name: "Home", path: "/" },
          { name: article.category.name, path: `/categories/${article.category.slug}` },
          { name: article.zone.name, path: `/zones/${article.zone.slug}` },
          { name: article.title, path: `/articles/${article.slug}` },
        ])}
      />
      <div className="lg:grid lg:grid-cols-[minmax(0,1fr)_15rem] lg:gap-12">
        <ArticleMain article={article} authorProfile={authorProfile}>
          <ShareLinks url={articleUrl(article.slug)} title={article.title} />
        </ArticleMain>
        <div className="hidden lg:block">
          <TableOfContents entries={article.toc} variant="sidebar" className="sticky top-6" />
        </div>
      </div>
      <RelatedArticles articles={related} zoneName={article.zone.name} />
      {children}
    </Container>
  );
}
