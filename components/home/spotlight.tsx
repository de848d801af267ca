import Link from "next/link";
import { ArticleTeaser } from "@/components/article/article-teaser";
import { AuthorName } from "@/components/article/author-name";
import { getSpotlight, getToday } from "@/components/home/home-data";
import { SectionHeading } from "@/components/ui/section-heading";
import type { ArticleSummary } from "@/lib/db/articles";
import { formatLongDate } from "@/lib/format";

/** The home page's lead section: today's date, the curated Spotlight and "View All Articles". */
export async function SpotlightSection() {
  const [{ articles }, today] = await Promise.all([getSpotlight(), getToday()]);
  const [lead, ...rest] = articles;
  return (
    <section aria-labelledby="spotlight">
      <SectionHeading
        id="spotlight"
        action={
          <Link href="/articles" className="text-brand-600 text-sm font-medium hover:underline">
            View All Articles
          </Link>
        }
      >
        Spotlight{" "}
        <time dateTime={today.toISOString().slice(0, 10)} className="text-muted ml-2 text-sm font-normal">
          {formatLongDate(today)}
        </time>
      </SectionHeading>
      {lead ? (
        <div className="grid gap-6 lg:grid-cols-5">
          <LeadStory article={lead} />
          <ul className="space-y-5 lg:col-span-2">
            {rest.map((article) => (
              <li key={article.id}>
                <ArticleTeaser article={article} />
              </li>
            ))}
          </ul>
        </div>
      ) : (
        <p className="text-muted py-6 text-sm">No articles have been published yet.</p>
      )}
    </section>
  );
}

function LeadStory({ article }: { article: ArticleSummary }) {
  return (
    <article className="lg:col-span-3">
      {article.coverImageUrl && (
        // eslint-disable-next-line @next/next/no-img-element -- demo covers are SVGs served as-is
        <img
          src={article.coverImageUrl}
          alt=""
          width={800}
          height={450}
          decoding="async"
          fetchPriority="high"
          className="border-surface-border mb-4 aspect-video h-auto w-full rounded-lg border object-cover"
        />
      )}
      <h3 className="text-ink text-2xl leading-tight font-extrabold">
        <Link href={`/articles/${article.slug}`} className="hover:text-brand-600 hover:underline">
          {article.title}
        </Link>
      </h3>
      <p className="text-muted mt-2 text-sm">
        <AuthorName author={article.author} />
      </p>
      {article.summary && <p className="text-ink-soft mt-2 line-clamp-3">{article.summary}</p>}
    </article>
  );
}
