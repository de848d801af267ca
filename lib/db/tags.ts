import "server-only";
import { db } from "./client";
import type { Prisma } from "./generated/client";

export interface TagRef {
  slug: string;
  name: string;
}

/**
 * The ids of `tags` (by slug), creating the missing ones. Safe under concurrency: two authors
 * adding the same new tag at once get the same row (INSERT … ON CONFLICT DO NOTHING waits for
 * the other insert, then the SELECT sees it), so a tag is created once. Runs in the caller's
 * transaction so a save that loses its version check creates no orphan tags.
 */
export async function ensureTags(tx: Prisma.TransactionClient, tags: TagRef[]): Promise<number[]> {
  if (tags.length === 0) return [];
  await tx.tag.createMany({ data: tags, skipDuplicates: true });
  const rows = await tx.tag.findMany({
    where: { slug: { in: tags.map((tag) => tag.slug) } },
    select: { id: true, slug: true },
  });
  const ids = new Map(rows.map((row) => [row.slug, row.id]));
  return tags.flatMap((tag) => ids.get(tag.slug) ?? []);
}

/**
 * Up to `limit` tags whose slug starts with `slugPrefix` (the caller slugifies what was typed,
 * which makes the match case-insensitive and leaves no LIKE wildcards), most used first.
 */
export async function searchTags(slugPrefix: string, limit: number): Promise<TagRef[]> {
  if (slugPrefix === "") return [];
  return db.tag.findMany({
    where: { slug: { startsWith: slugPrefix } },
    orderBy: [{ articles: { _count: "desc" } }, { name: "asc" }],
    take: limit,
    select: { slug: true, name: true },
  });
}
