import type { Metadata } from "next";
import { getCachedZone } from "@/components/article/article-data";
import { ZoneView } from "@/components/zone/zone-view";
import { pageFromSegment } from "@/lib/page-route";
import { listingMetadata } from "@/lib/page-metadata";
import { EMPTY_PARAM_SLUG } from "@/lib/static-params";

export function generateStaticParams() {
  return [{ slug: EMPTY_PARAM_SLUG, page: "2" }];
}

export async function generateMetadata({
  params,
}: PageProps<"/zones/[slug]/page/[page]">): Promise<Metadata> {
  const { slug, page } = await params;
  const zone = await getCachedZone(slug);
  if (!zone) return { title: "Zone not found" };
  return listingMetadata({
    title: `${zone.name} — page ${page}`,
    description: `Page ${page} of the latest ${zone.name} articles.`,
    path: `/zones/${zone.slug}/page/${page}`,
    feedBase: `/zones/${zone.slug}`,
    feedTitle: `Zonepress — ${zone.name}`,
  });
}

export default async function ZoneFeedPage({ params }: PageProps<"/zones/[slug]/page/[page]">) {
  const { slug, page: raw } = await params;
  const page = pageFromSegment(raw, `/zones/${slug}`);
  return <ZoneView slug={slug} page={page} />;
}
