import type { Metadata } from "next";
import { notFound, permanentRedirect } from "next/navigation";
import { AllArticlesView } from "@/components/article/all-articles-view";
import { parsePageSegment } from "@/lib/pagination";

export function generateStaticParams() {
  return [{ page: "2" }];
}

export async function generateMetadata({ params }: PageProps<"/articles/page/[page]">): Promise<Metadata> {
  return { title: `All Articles — page ${(await params).page}` };
}

export default async function AllArticlesFeedPage({ params }: PageProps<"/articles/page/[page]">) {
  const page = parsePageSegment((await params).page);
  if (page === null) notFound();
  if (page === 1) permanentRedirect("/articles");
  return <AllArticlesView page={page} />;
}
