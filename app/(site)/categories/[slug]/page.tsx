import type { Metadata } from "next";
import { getCachedCategory } from "@/components/article/article-data";
import { CategoryView } from "@/components/category/category-view";
import { listCategorySlugs } from "@/lib/db/categories";
import { listingMetadata } from "@/lib/page-metadata";
import { slugParams } from "@/lib/static-params";

export async function generateStaticParams() {
  return slugParams(await listCategorySlugs());
}

export async function generateMetadata({ params }: PageProps<"/categories/[slug]">): Promise<Metadata> {
  const category = await getCachedCategory((await params).slug);
  if (!category) return { title: "Category not found" };
  return listingMetadata({
    title: category.name,
    description: category.description || `The latest ${category.name} articles, zones and resources.`,
    path: `/categories/${category.slug}`,
    feedBase: `/categories/${category.slug}`,
    feedTitle: `Zonepress — ${category.name}`,
  });
}

export default async function CategoryPage({ params }: PageProps<"/categories/[slug]">) {
  return <CategoryView slug={(await params).slug} page={1} />;
}
