import { cacheLife, cacheTag } from "next/cache";
import Link from "next/link";
import { AuthorName } from "@/components/article/author-name";
import { SectionHeading } from "@/components/ui/section-heading";
import { listCategoryArticles } from "@/lib/db/articles";
import { listCategoriesWithZones } from "@/lib/db/categories";
import { TAGS } from "@/lib/cache/tags";
import { formatDate } from "@/lib/format";

/** One section per category: its zones as links and its three latest articles. */
export async function CategorySections() {
  "use cache";
  cacheLife("minutes");
  cacheTag(TAGS.home, TAGS.categories, TAGS.articles);
  const categories = await listCategoriesWithZones();
  const latest = await Promise.all(categories.map((c) => listCategoryArticles(c.id, 3)));

  return (
    <div className="grid gap-10 md:grid-cols-2">
      {categories.map((category, i) => (
        <section key={category.id} aria-labelledby={`category-${category.slug}`}>
          <SectionHeading
            id={`category-${category.slug}`}
            action={
              <Link href={`/categories/${category.slug}`} className="text-brand-600 text-sm hover:underline">
                More
              </Link>
            }
          >
            {category.name}
          </SectionHeading>
          <ul className="flex flex-wrap gap-2" aria-label={`${category.name} zones`}>
            {category.zones.map((zone) => (
              <li key={zone.slug}>
                <Link
                  href={`/zones/${zone.slug}`}
                  className="border-surface-border text-ink-soft hover:border-brand-500 hover:text-brand-600 inline-block rounded-full border px-3 py-1 text-xs font-medium"
                >
                  {zone.name}
                </Link>
              </li>
            ))}
          </ul>
          <ul className="mt-4 space-y-3">
            {(latest[i] ?? []).map((article) => (
              <li key={article.id}>
                <Link
                  href={`/articles/${article.slug}`}
                  className="text-ink hover:text-brand-600 font-medium hover:underline"
                >
                  {article.title}
                </Link>
                <p className="text-muted mt-0.5 text-xs">
                  <time dateTime={article.publishedAt.toISOString()}>{formatDate(article.publishedAt)}</time>{" "}
                  · <AuthorName author={article.author} />
                </p>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
