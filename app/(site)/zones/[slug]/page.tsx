import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getCachedZone, getCachedZoneArticles } from "@/components/article/article-data";
import { ArticleList } from "@/components/article/article-list";
import { Container } from "@/components/ui/container";
import { slugParams } from "@/lib/static-params";
import { SectionHeading } from "@/components/ui/section-heading";
import { listZoneSlugs } from "@/lib/db/zones";

export async function generateStaticParams() {
  return slugParams(await listZoneSlugs(50));
}

export async function generateMetadata({ params }: PageProps<"/zones/[slug]">): Promise<Metadata> {
  const zone = await getCachedZone((await params).slug);
  return zone ? { title: zone.name, description: zone.description } : { title: "Zone not found" };
}

export default async function ZonePage({ params }: PageProps<"/zones/[slug]">) {
  const zone = await getCachedZone((await params).slug);
  if (!zone) notFound();
  const articles = await getCachedZoneArticles(zone.id, zone.slug, 20);

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
        <SectionHeading id="zone-latest">Latest {zone.name} articles</SectionHeading>
        <ArticleList articles={articles} showZone={false} empty="No articles in this zone yet." />
      </section>
    </Container>
  );
}
