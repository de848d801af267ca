import type { Metadata } from "next";
import { getCachedZone } from "@/components/article/article-data";
import { ZoneView } from "@/components/zone/zone-view";
import { listZoneSlugs } from "@/lib/db/zones";
import { listingMetadata } from "@/lib/page-metadata";
import { slugParams } from "@/lib/static-params";

export async function generateStaticParams() {
  return slugParams(await listZoneSlugs(50));
}

export async function generateMetadata({ params }: PageProps<"/zones/[slug]">): Promise<Metadata> {
  const zone = await getCachedZone((await params).slug);
  if (!zone) return { title: "Zone not found" };
  return listingMetadata({
    title: zone.name,
    description: zone.description || `The latest ${zone.name} articles and resources.`,
    path: `/zones/${zone.slug}`,
    feedBase: `/zones/${zone.slug}`,
    feedTitle: `Zonepress — ${zone.name}`,
  });
}

export default async function ZonePage({ params }: PageProps<"/zones/[slug]">) {
  return <ZoneView slug={(await params).slug} page={1} />;
}
