import type { Metadata } from "next";
import { AllArticlesView } from "@/components/article/all-articles-view";
import { listingMetadata } from "@/lib/page-metadata";

export const metadata: Metadata = listingMetadata({
  title: "All Articles",
  description: "Every article published on Zonepress, newest first.",
  path: "/articles",
  feedBase: "",
  feedTitle: "Zonepress",
});

export default function AllArticlesPage() {
  return <AllArticlesView page={1} />;
}
