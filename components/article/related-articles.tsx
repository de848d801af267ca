import Link from "next/link";
import type { ArticleSummary } from "@/lib/db/articles";
import { formatDate } from "@/lib/format";

/** "More from <zone>": related articles as compact cards; nothing when there are none. */
export function RelatedArticles({ articles, zoneName }: { articles: ArticleSummary[]; zoneName: string }) {
  if (articles.length === 0) return null;
  return (
    <section aria-labelledby="related-heading" className="border-surface-border mt-12 border-t pt-8">
      <h2 id="related-heading" className="text-ink text-lg font-bold">
        More from {zoneName}
      </h2>
      <ul className="mt-4 grid gap-4 sm:grid-cols-2">
        {articles.map((article) => (
          <li key={article.id} className="border-surface-border rounded-lg border p-4">
            <h3 className="text-ink leading-snug font-semibold">
              <Link href={`/articles/${article.slug}`} className="hover:text-brand-600 hover:underline">
                {article.title}
              </Link>
            </h3>
            <p className="text-muted mt-1 text-xs">
              {article.author?.name ?? "Former member"} ·{" "}
              <time dateTime={article.publishedAt.toISOString()}>{formatDate(article.publishedAt)}</time> ·{" "}
              {article.readingMinutes} min read
            </p>
            {article.summary && <p className="text-ink-soft mt-2 line-clamp-2 text-sm">{article.summary}</p>}
          </li>
        ))}
      </ul>
    </section>
  );
}
