import Link from "next/link";
import { notFound } from "next/navigation";
import { ArticleFeed, isPastEnd } from "@/components/article/article-feed";
import { getCachedZone } from "@/components/article/article-data";
import { getCachedFeedPage } from "@/components/article/feed-data";
import { Container } from "@/components/ui/container";
import { SectionHeading } from "@/components/ui/section-heading";
import { TAGS } from "@/lib/cache/tags";

/** A zone's page: name, description and its latest-articles feed at `page`. 404 when unknown. */
export async function ZoneView({ slug, page }: { slug: string; page: number }) {
  const zone = await getCachedZone(slug);
  if (!zone) notFound();
  const feed = await getCachedFeedPage({ zoneId: zone.id }, page, [TAGS.zone(zone.slug)]);
  if (isPastEnd(feed, page)) notFound();

  return (
    <Container className="py-8">
      <nav aria-label="Breadcrumb" className="text-muted text-sm">
        <Link href={`/categories/${zone.category.slug}`} className="hover:text-brand-600 hover:underline">
          {zone.category.name}
        </Link>
      </nav>
      <h1 className="text-ink mt-1 text-3xl font-extrabold">{zone.name}</h1>
      {zone.description && <p className="text-ink-soft mt-2 max-w-prose">{zone.description}</p>}
      <section aria-labelledby="zone-latest" className="mt-8">
        <SectionHeading id="zone-latest">
          Latest {zone.name} articles{page > 1 ? ` — page ${page}` : ""}
        </SectionHeading>
        <ArticleFeed
          feed={feed}
          page={page}
          basePath={`/zones/${zone.slug}`}
          showZone={false}
          empty="No articles in this zone yet."
        />
      </section>
    </Container>
  );
}
