import Link from "next/link";
import { notFound } from "next/navigation";
import { ArticleFeed, isPastEnd } from "@/components/article/article-feed";
import { getCachedZone } from "@/components/article/article-data";
import { getCachedFeedPage } from "@/components/article/feed-data";
import { getZoneFeatured } from "@/components/curation/featured-data";
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
 * A zone's page: name, description, featured items, premium content and its latest-articles feed
 * at `page`. A renamed zone's old slug redirects (same page); an unknown one is a 404.
 */
export async function ZoneView({ slug, page }: { slug: string; page: number }) {
  const zone = await getCachedZone(slug);
  if (!zone) {
    await redirectIfMoved(`/zones/${slug}`, page > 1 ? `/page/${page}` : "");
    notFound();
  }
  const feed = await getCachedFeedPage({ zoneId: zone.id }, page, [TAGS.zone(zone.slug)]);
  if (isPastEnd(feed, page)) notFound();
  const basePath = `/zones/${zone.slug}`;

  return (
    <Container className="py-8">
      <JsonLd
        data={breadcrumbJsonLd([
          { name: "Home", path: "/" },
          { name: zone.category.name, path: `/categories/${zone.category.slug}` },
          { name: zone.name, path: basePath },
        ])}
      />
      <nav aria-label="Breadcrumb" className="text-muted text-sm">
        <Link href={`/categories/${zone.category.slug}`} className="hover:text-brand-600 hover:underline">
          {zone.category.name}
        </Link>
      </nav>
      <h1 className="text-ink mt-1 text-3xl font-extrabold">{zone.name}</h1>
      {zone.description && <p className="text-ink-soft mt-2 max-w-prose">{zone.description}</p>}
      <div className="mt-4">
        <SubscribeButton target="ZONE" targetId={zone.id} name={zone.name} />
      </div>
      {page === 1 && <ZoneHighlights zoneId={zone.id} slug={zone.slug} name={zone.name} />}
      <section aria-labelledby="zone-latest" className="mt-10">
        <SectionHeading
          id="zone-latest"
          action={<FeedLink href={`${basePath}/feed.xml`} label={zone.name} />}
        >
          Latest {zone.name} Articles{page > 1 ? ` — page ${page}` : ""}
        </SectionHeading>
        <ArticleFeed
          feed={feed}
          page={page}
          basePath={basePath}
          showZone={false}
          empty="No articles in this zone yet."
        />
      </section>
    </Container>
  );
}

async function ZoneHighlights({ zoneId, slug, name }: { zoneId: number; slug: string; name: string }) {
  const featured = await getZoneFeatured(zoneId, slug);
  return (
    <>
      {featured.articles.length > 0 && (
        <section aria-labelledby="zone-featured" className="mt-8">
          <SectionHeading id="zone-featured">Featured in {name}</SectionHeading>
          <FeaturedArticles articles={featured.articles} />
        </section>
      )}
      <PremiumStrip
        id="zone-premium"
        title={`${name} Premium Content`}
        zoneIds={[zoneId]}
        featured={featured.resources}
      />
    </>
  );
}
