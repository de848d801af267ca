import Link from "next/link";
import { notFound } from "next/navigation";
import { ArticleFeed, isPastEnd } from "@/components/article/article-feed";
import { getCachedCategory } from "@/components/article/article-data";
import { getCachedFeedPage } from "@/components/article/feed-data";
import { getCategoryFeatured } from "@/components/curation/featured-data";
import { FeaturedArticles } from "@/components/curation/featured-articles";
import { PremiumStrip } from "@/components/curation/premium-strip";
import { JsonLd } from "@/components/seo/json-ld";
import { redirectIfMoved } from "@/components/site-admin/moved-data";
import { SubscribeButton } from "@/components/subscriptions/subscribe-button";
import { Container } from "@/components/ui/container";
import { FeedLink } from "@/components/ui/feed-link";
import { SectionHeading } from "@/components/ui/section-heading";
import { TAGS } from "@/lib/cache/tags";
import { breadcrumbJsonLd } from "@/lib/seo/structured-data";

/**
 * A category's page: description, zones, premium content, featured articles and the latest topics
 * at `page`. A renamed category's old slug redirects (same page); an unknown one is a 404.
 */
export async function CategoryView({ slug, page }: { slug: string; page: number }) {
  const category = await getCachedCategory(slug);
  if (!category) {
    await redirectIfMoved(`/categories/${slug}`, page > 1 ? `/page/${page}` : "");
    notFound();
  }
  const feed = await getCachedFeedPage({ categoryId: category.id }, page, [TAGS.category(category.slug)]);
  if (isPastEnd(feed, page)) notFound();
  const basePath = `/categories/${category.slug}`;

  return (
    <Container className="py-8">
      <JsonLd
        data={breadcrumbJsonLd([
          { name: "Home", path: "/" },
          { name: category.name, path: basePath },
        ])}
      />
      <h1 className="text-ink text-3xl font-extrabold">{category.name}</h1>
      {category.description && <p className="text-ink-soft mt-2 max-w-prose">{category.description}</p>}
      <div className="mt-4">
        <SubscribeButton target="CATEGORY" targetId={category.id} name={category.name} />
      </div>
      {page === 1 && (
        <>
          <section aria-labelledby="category-zones" className="mt-8">
            <SectionHeading id="category-zones">Functions of {category.name}</SectionHeading>
            <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
              {category.zones.map((zone) => (
                <li
                  key={zone.slug}
                  className="border-surface-border hover:border-brand-500 rounded-lg border p-4"
                >
                  <Link
                    href={`/zones/${zone.slug}`}
                    className="text-ink hover:text-brand-600 font-semibold hover:underline"
                  >
                    {zone.name}
                  </Link>
                  {zone.description && <p className="text-ink-soft mt-1 text-sm">{zone.description}</p>}
                </li>
              ))}
            </ul>
          </section>
          <CategoryHighlights
            categoryId={category.id}
            slug={category.slug}
            name={category.name}
            zoneIds={category.zones.map((z) => z.id)}
          />
        </>
      )}
      <section aria-labelledby="category-latest" className="mt-10">
        <SectionHeading
          id="category-latest"
          action={<FeedLink href={`${basePath}/feed.xml`} label={category.name} />}
        >
          The Latest {category.name} Topics{page > 1 ? ` — page ${page}` : ""}
        </SectionHeading>
        <ArticleFeed feed={feed} page={page} basePath={basePath} empty="No articles in this category yet." />
      </section>
    </Container>
  );
}

interface CategoryHighlightsProps {
  categoryId: number;
  slug: string;
  name: string;
  zoneIds: number[];
}

/** Latest Premium Content (curated resources first) and Featured <category> Resources. */
async function CategoryHighlights({ categoryId, slug, name, zoneIds }: CategoryHighlightsProps) {
  const featured = await getCategoryFeatured(categoryId, slug);
  return (
    <>
      <PremiumStrip
        id="category-premium"
        title="Latest Premium Content"
        zoneIds={zoneIds}
        featured={featured.resources}
      />
      {featured.articles.length > 0 && (
        <section aria-labelledby="category-featured" className="mt-10">
          <SectionHeading id="category-featured">Featured {name} Resources</SectionHeading>
          <FeaturedArticles articles={featured.articles} />
        </section>
      )}
    </>
  );
}
