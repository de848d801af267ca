import type { Metadata } from "next";
import { getCachedCategory } from "@/components/article/article-data";
import { CategoryView } from "@/components/category/category-view";
import { listCategorySlugs } from "@/lib/db/categories";
import { slugParams } from "@/lib/static-params";

export async function generateStaticParams() {
  return slugParams(await listCategorySlugs());
}

export async function generateMetadata({ params }: PageProps<"/categories/[slug]">): Promise<Metadata> {
  const category = await getCachedCategory((await params).slug);
  return category
    ? { title: category.name, description: category.description }
    : { title: "Category not found" };
}

export default async function CategoryPage({ params }: PageProps<"/categories/[slug]">) {
  return <CategoryView slug={(await params).slug} page={1} />;
}
