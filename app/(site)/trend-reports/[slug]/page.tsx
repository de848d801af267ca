import type { Metadata } from "next";
import { getCachedResource } from "@/components/resource/resource-data";
import { ResourceDetailView } from "@/components/resource/resource-detail-view";
import { resourceMetadata } from "@/components/resource/resource-metadata";
import { listRecentResourceSlugs } from "@/lib/db/resources";
import { slugParams } from "@/lib/static-params";

export async function generateStaticParams() {
  return slugParams(await listRecentResourceSlugs("TREND_REPORT", 20));
}

export async function generateMetadata({ params }: PageProps<"/trend-reports/[slug]">): Promise<Metadata> {
  return resourceMetadata(await getCachedResource("TREND_REPORT", (await params).slug), "TREND_REPORT");
}

export default async function TrendReportPage({ params }: PageProps<"/trend-reports/[slug]">) {
  return <ResourceDetailView kind="TREND_REPORT" slug={(await params).slug} />;
}
