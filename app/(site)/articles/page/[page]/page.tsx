import type { Metadata } from "next";
import { AllArticlesView } from "@/components/article/all-articles-view";
import { pageFromSegment } from "@/lib/page-route";

export function generateStaticParams() {
  return [{ page: "2" }];
}

export async function generateMetadata({ params }: PageProps<"/articles/page/[page]">): Promise<Metadata> {
  return { title: `All Articles — page ${(await params).page}` };
}

export default async function AllArticlesFeedPage({ params }: PageProps<"/articles/page/[page]">) {
  const page = pageFromSegment((await params).page, "/articles");
  return <AllArticlesView page={page} />;
}
