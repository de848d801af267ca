import "server-only";
import { readDb } from "./client";

export interface ZoneDetail {
  id: number;
  slug: string;
  name: string;
  description: string;
  category: { slug: string; name: string };
}

export async function getZoneBySlug(slug: string): Promise<ZoneDetail | null> {
  return readDb.zone.findUnique({
    where: { slug },
    select: {
      id: true,
      slug: true,
      name: true,
      description: true,
      category: { select: { slug: true, name: true } },
    },
  });
}

/** Zone slugs in menu order; used to prerender the most visited zone pages at build. */
export async function listZoneSlugs(limit: number): Promise<string[]> {
  const zones = await readDb.zone.findMany({
    orderBy: [{ position: "asc" }],
    take: limit,
    select: { slug: true },
  });
  return zones.map((z) => z.slug);
}

export interface ZoneDirectoryEntry {
  slug: string;
  name: string;
  description: string;
  articleCount: number;
}

export interface CategoryDirectoryEntry {
  slug: string;
  name: string;
  description: string;
  zones: ZoneDirectoryEntry[];
}

/**
 * Every category in menu order with its zones and each zone's published-article count, for the
 * zones directory. One query: the counts come from a single GROUP BY over published articles.
 */
export async function listZoneDirectory(): Promise<CategoryDirectoryEntry[]> {
  const rows = await readDb.$queryRaw<
    {
      categorySlug: string;
      categoryName: string;
      categoryDescription: string;
      zoneSlug: string | null;
      zoneName: string | null;
      zoneDescription: string | null;
      articleCount: number;
    }[]
  >`
    SELECT c.slug AS "categorySlug", c.name AS "categoryName", c.description AS "categoryDescription",
           z.slug AS "zoneSlug", z.name AS "zoneName", z.description AS "zoneDescription",
           coalesce(n.count, 0)::int AS "articleCount"
    FROM "Category" c
    LEFT JOIN "Zone" z ON z."categoryId" = c.id
    LEFT JOIN (
      SELECT "zoneId", count(*) AS count FROM "Article" WHERE status = 'PUBLISHED' GROUP BY "zoneId"
    ) n ON n."zoneId" = z.id
    ORDER BY c.position, c.name, c.id, z.position, z.name`;
  const categories = new Map<string, CategoryDirectoryEntry>();
  for (const row of rows) {
    let category = categories.get(row.categorySlug);
    if (!category) {
      category = {
        slug: row.categorySlug,
        name: row.categoryName,
        description: row.categoryDescription,
        zones: [],
      };
      categories.set(row.categorySlug, category);
    }
    if (row.zoneSlug !== null && row.zoneName !== null) {
      category.zones.push({
        slug: row.zoneSlug,
        name: row.zoneName,
        description: row.zoneDescription ?? "",
        articleCount: row.articleCount,
      });
    }
  }
  return [...categories.values()];
}
