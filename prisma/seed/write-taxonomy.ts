// Categories, zones and tags. Upserts by slug, so seeding a database where an admin already
// created some of them reuses those rows instead of failing.
import type { ClientBase } from "pg";
import { bulkInsert, utc } from "./bulk-insert";
import { allTagNames, allZones, CATEGORIES } from "./catalog";

export interface TaxonomyIds {
  categoryBySlug: Map<string, number>;
  zoneBySlug: Map<string, number>;
  tagByName: Map<string, number>;
}

type IdSlug = { id: number; slug: string };

function tagSlug(name: string): string {
  return name
    .toLowerCase()
    .replace(/\+/g, "plus")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}

export async function writeTaxonomy(client: ClientBase, now: Date): Promise<TaxonomyIds> {
  const stamp = utc(now);
  const categories = await bulkInsert<IdSlug>(
    client,
    "Category",
    [
      { name: "slug", type: "text", values: CATEGORIES.map((c) => c.slug) },
      { name: "name", type: "text", values: CATEGORIES.map((c) => c.name) },
      { name: "description", type: "text", values: CATEGORIES.map((c) => c.description) },
      { name: "position", type: "int4", values: CATEGORIES.map((c) => c.position) },
      { name: "updatedAt", type: "timestamp", values: CATEGORIES.map(() => stamp) },
    ],
    `ON CONFLICT ("slug") DO UPDATE SET "name" = EXCLUDED."name" RETURNING "id", "slug"`,
  );
  const categoryBySlug = new Map(categories.map((row) => [row.slug, row.id]));

  const zones = allZones();
  const zoneRows = await bulkInsert<IdSlug>(
    client,
    "Zone",
    [
      { name: "slug", type: "text", values: zones.map((z) => z.slug) },
      { name: "name", type: "text", values: zones.map((z) => z.name) },
      { name: "description", type: "text", values: zones.map((z) => z.description) },
      { name: "position", type: "int4", values: zones.map((z) => z.position) },
      { name: "categoryId", type: "int4", values: zones.map((z) => categoryBySlug.get(z.categorySlug)) },
      { name: "updatedAt", type: "timestamp", values: zones.map(() => stamp) },
    ],
    `ON CONFLICT ("slug") DO UPDATE SET "name" = EXCLUDED."name" RETURNING "id", "slug"`,
  );
  const zoneBySlug = new Map(zoneRows.map((row) => [row.slug, row.id]));

  const names = allTagNames();
  const tagRows = await bulkInsert<IdSlug>(
    client,
    "Tag",
    [
      { name: "slug", type: "text", values: names.map(tagSlug) },
      { name: "name", type: "text", values: names },
    ],
    `ON CONFLICT ("slug") DO UPDATE SET "name" = EXCLUDED."name" RETURNING "id", "slug"`,
  );
  const idBySlug = new Map(tagRows.map((row) => [row.slug, row.id]));
  const tagByName = new Map(names.map((name) => [name, idBySlug.get(tagSlug(name)) as number]));
  return { categoryBySlug, zoneBySlug, tagByName };
}
