import type { Metadata } from "next";
import { ResourceListingView } from "@/components/resource/resource-listing-view";
import { resourceListingMetadata } from "@/components/resource/resource-metadata";
import { pageFromSegment } from "@/lib/page-route";
import { parsePageSegment } from "@/lib/pagination";

export function generateStaticParams() {
  return [{ page: "2" }];
}

export async function generateMetadata({
  params,
}: PageProps<"/trend-reports/page/[page]">): Promise<Metadata> {
  return resourceListingMetadata("TREND_REPORT", parsePageSegment((await params).page) ?? 1);
}

export default async function TrendReportsFeedPage({ params }: PageProps<"/trend-reports/page/[page]">) {
  const page = pageFromSegment((await params).page, "/trend-reports");
  return <ResourceListingView kind="TREND_REPORT" page={page} />;
}
