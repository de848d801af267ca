import "server-only";
import { db } from "./client";

export interface ContentPage {
  slug: string;
  title: string;
  bodyHtml: string;
  updatedAt: Date;
}

export async function getPageBySlug(slug: string): Promise<ContentPage | null> {
  return db.page.findUnique({
    where: { slug },
    select: { slug: true, title: true, bodyHtml: true, updatedAt: true },
  });
}

export async function listPageSlugs(): Promise<string[]> {
  const pages = await db.page.findMany({ select: { slug: true }, orderBy: { slug: "asc" } });
  return pages.map((p) => p.slug);
}
