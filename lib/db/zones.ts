import "server-only";
import { db } from "./client";

export interface ZoneDetail {
  id: number;
  slug: string;
  name: string;
  description: string;
  category: { slug: string; name: string };
}

export async function getZoneBySlug(slug: string): Promise<ZoneDetail | null> {
  return db.zone.findUnique({
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
  const zones = await db.zone.findMany({
    orderBy: [{ position: "asc" }],
    take: limit,
    select: { slug: true },
  });
  return zones.map((z) => z.slug);
}
