import type { Metadata } from "next";
import { getCachedZone } from "@/components/article/article-data";
import { ZoneView } from "@/components/zone/zone-view";
import { listZoneSlugs } from "@/lib/db/zones";
import { slugParams } from "@/lib/static-params";

export async function generateStaticParams() {
  return slugParams(await listZoneSlugs(50));
}

export async function generateMetadata({ params }: PageProps<"/zones/[slug]">): Promise<Metadata> {
  const zone = await getCachedZone((await params).slug);
  return zone ? { title: zone.name, description: zone.description } : { title: "Zone not found" };
}

export default async function ZonePage({ params }: PageProps<"/zones/[slug]">) {
  return <ZoneView slug={(await params).slug} page={1} />;
}
