import type { Metadata } from "next";
import { AllArticlesView } from "@/components/article/all-articles-view";

export const metadata: Metadata = {
  title: "All Articles",
  description: "Every article published on Zonepress, newest first.",
};

export default function AllArticlesPage() {
  return <AllArticlesView page={1} />;
}
