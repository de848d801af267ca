import "server-only";
import { readDb } from "./client";

export interface ZoneLink {
  id: number;
  slug: string;
  name: string;
}

export interface CategoryWithZones {
  id: number;
  slug: string;
  name: string;
  description: string;
  zones: ZoneLink[];
}

/** Every category in menu order with its zones in order (the header menu and home sections). */
export async function listCategoriesWithZones(): Promise<CategoryWithZones[]> {
  return readDb.category.findMany({
    orderBy: [{ position: "asc" }, { name: "asc" }],
    select: {
      id: true,
      slug: true,
      name: true,
      description: true,
      zones: {
        orderBy: [{ position: "asc" }, { name: "asc" }],
        select: { id: true, slug: true, name: true },
      },
    },
  });
}

export interface CategoryDetail {
  id: number;
  slug: string;
  name: string;
  description: string;
  zones: { id: number; slug: string; name: string; description: string }[];
}

export async function getCategoryBySlug(slug: string): Promise<CategoryDetail | null> {
  return readDb.category.findUnique({
    where: { slug },
    select: {
      id: true,
      slug: true,
      name: true,
      description: true,
      zones: {
        orderBy: [{ position: "asc" }, { name: "asc" }],
        select: { id: true, slug: true, name: true, description: true },
      },
    },
  });
}

export async function listCategorySlugs(): Promise<string[]> {
  const rows = await readDb.category.findMany({ orderBy: { position: "asc" }, select: { slug: true } });
  return rows.map((r) => r.slug);
}
