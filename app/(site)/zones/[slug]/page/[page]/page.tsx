import type { Metadata } from "next";
import { getCachedZone } from "@/components/article/article-data";
import { ZoneView } from "@/components/zone/zone-view";
import { pageFromSegment } from "@/lib/page-route";
import { EMPTY_PARAM_SLUG } from "@/lib/static-params";

export function generateStaticParams() {
  return [{ slug: EMPTY_PARAM_SLUG, page: "2" }];
}

export async function generateMetadata({
  params,
}: PageProps<"/zones/[slug]/page/[page]">): Promise<Metadata> {
  const { slug, page } = await params;
  const zone = await getCachedZone(slug);
  return { title: zone ? `${zone.name} — page ${page}` : "Zone not found" };
}

export default async function ZoneFeedPage({ params }: PageProps<"/zones/[slug]/page/[page]">) {
  const { slug, page: raw } = await params;
  const page = pageFromSegment(raw, `/zones/${slug}`);
  return <ZoneView slug={slug} page={page} />;
}
