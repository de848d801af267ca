import type { Metadata } from "next";
import { getCachedCategory } from "@/components/article/article-data";
import { CategoryView } from "@/components/category/category-view";
import { pageFromSegment } from "@/lib/page-route";
import { listingMetadata } from "@/lib/page-metadata";
import { EMPTY_PARAM_SLUG } from "@/lib/static-params";

export function generateStaticParams() {
  return [{ slug: EMPTY_PARAM_SLUG, page: "2" }];
}

export async function generateMetadata({
  params,
}: PageProps<"/categories/[slug]/page/[page]">): Promise<Metadata> {
  const { slug, page } = await params;
  const category = await getCachedCategory(slug);
  if (!category) return { title: "Category not found" };
  return listingMetadata({
    title: `${category.name} — page ${page}`,
    description: `Page ${page} of the latest ${category.name} articles.`,
    path: `/categories/${category.slug}/page/${page}`,
    feedBase: `/categories/${category.slug}`,
    feedTitle: `Zonepress — ${category.name}`,
  });
}

export default async function CategoryFeedPage({ params }: PageProps<"/categories/[slug]/page/[page]">) {
  const { slug, page: raw } = await params;
  const page = pageFromSegment(raw, `/categories/${slug}`);
  return <CategoryView slug={slug} page={page} />;
}
