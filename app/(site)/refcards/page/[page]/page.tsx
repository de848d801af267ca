import type { Metadata } from "next";
import { ResourceListingView } from "@/components/resource/resource-listing-view";
import { resourceListingMetadata } from "@/components/resource/resource-metadata";
import { pageFromSegment } from "@/lib/page-route";
import { parsePageSegment } from "@/lib/pagination";

export function generateStaticParams() {
  return [{ page: "2" }];
}

export async function generateMetadata({ params }: PageProps<"/refcards/page/[page]">): Promise<Metadata> {
  return resourceListingMetadata("REFCARD", parsePageSegment((await params).page) ?? 1);
}

export default async function RefcardsFeedPage({ params }: PageProps<"/refcards/page/[page]">) {
  const page = pageFromSegment((await params).page, "/refcards");
  return <ResourceListingView kind="REFCARD" page={page} />;
}
