import type { Metadata } from "next";
import { AllArticlesView } from "@/components/article/all-articles-view";
import { pageFromSegment } from "@/lib/page-route";
import { listingMetadata } from "@/lib/page-metadata";

export function generateStaticParams() {
  return [{ page: "2" }];
}

export async function generateMetadata({ params }: PageProps<"/articles/page/[page]">): Promise<Metadata> {
  const { page } = await params;
  return listingMetadata({
    title: `All Articles — page ${page}`,
    description: `Page ${page} of every article published on Zonepress, newest first.`,
    path: `/articles/page/${page}`,
    feedBase: "",
    feedTitle: "Zonepress",
  });
}

export default async function AllArticlesFeedPage({ params }: PageProps<"/articles/page/[page]">) {
  const page = pageFromSegment((await params).page, "/articles");
  return <AllArticlesView page={page} />;
}
