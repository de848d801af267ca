import { ResourceListingView } from "@/components/resource/resource-listing-view";
import { resourceListingMetadata } from "@/components/resource/resource-metadata";

export const metadata = resourceListingMetadata("TREND_REPORT", 1);

export default function TrendReportsPage() {
  return <ResourceListingView kind="TREND_REPORT" page={1} />;
}
