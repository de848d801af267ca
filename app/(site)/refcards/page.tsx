import { ResourceListingView } from "@/components/resource/resource-listing-view";
import { resourceListingMetadata } from "@/components/resource/resource-metadata";

export const metadata = resourceListingMetadata("REFCARD", 1);

export default function RefcardsPage() {
  return <ResourceListingView kind="REFCARD" page={1} />;
}
