import type { Metadata } from "next";
import { ZoneDirectory } from "@/components/zone/zone-directory";
import { JsonLd } from "@/components/seo/json-ld";
import { listingMetadata } from "@/lib/page-metadata";
import { breadcrumbJsonLd } from "@/lib/seo/structured-data";

export const metadata: Metadata = listingMetadata({
  title: "Zones",
  description: "Every zone on Zonepress, grouped by category, with its number of articles.",
  path: "/zones",
});

export default function ZonesPage() {
  return (
    <>
      <JsonLd
        data={breadcrumbJsonLd([
          { name: "Home", path: "/" },
          { name: "Zones", path: "/zones" },
        ])}
      />
      <ZoneDirectory />
    </>
  );
}
