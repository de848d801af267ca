import type { Metadata } from "next";
import { getCachedResource } from "@/components/resource/resource-data";
import { ResourceDetailView } from "@/components/resource/resource-detail-view";
import { resourceMetadata } from "@/components/resource/resource-metadata";
import { listRecentResourceSlugs } from "@/lib/db/resources";
import { slugParams } from "@/lib/static-params";

export async function generateStaticParams() {
  return slugParams(await listRecentResourceSlugs("REFCARD", 20));
}

export async function generateMetadata({ params }: PageProps<"/refcards/[slug]">): Promise<Metadata> {
  return resourceMetadata(await getCachedResource("REFCARD", (await params).slug), "REFCARD");
}

export default async function RefcardPage({ params }: PageProps<"/refcards/[slug]">) {
  return <ResourceDetailView kind="REFCARD" slug={(await params).slug} />;
}
