import "server-only";
import { REDIRECTS_TAG, TAGS } from "@/lib/cache/tags";
import * as categories from "@/lib/db/site-admin-categories";
import * as zones from "@/lib/db/site-admin-zones";
import type { CategoryInput, ZoneInput } from "@/lib/validation/site-admin";
import { expireTags } from "./revalidate";

// Categories and zones as the route handlers call them: the audited write, then the cache tags
// of everything readers see change — the header menu and every page tagged `categories`, the
// home sections, the category and zone pages (old and new slugs), article bylines and feeds
// that name the zone, the sitemap, and cached redirect lookups when a slug moved.

type Actor = { id: number };

/** Everything a change to the site's structure can show up on. */
const STRUCTURE = [TAGS.categories, TAGS.home, TAGS.sitemap];
/** Pages and feeds that name a zone or category next to each article. */
const BYLINES = [TAGS.articles, TAGS.feeds];

export async function createCategory(actor: Actor, input: CategoryInput) {
  const outcome = await categories.createCategory(actor.id, input);
  if (outcome.ok) expireTags([...STRUCTURE, TAGS.category(outcome.row.slug)]);
  return outcome;
}

export async function updateCategory(actor: Actor, id: number, input: CategoryInput, expected: Date) {
  const outcome = await categories.updateCategory(actor.id, id, input, expected);
  if (!outcome.ok) return outcome;
  const renamed = outcome.previous.slug !== outcome.row.slug;
  expireTags([
    ...STRUCTURE,
    ...BYLINES,
    TAGS.category(outcome.previous.slug),
    TAGS.category(outcome.row.slug),
    ...(renamed ? [REDIRECTS_TAG] : []),
  ]);
  return outcome;
}

export async function moveCategory(actor: Actor, id: number, direction: "up" | "down") {
  const outcome = await categories.moveCategory(actor.id, id, direction);
  if (outcome.ok) expireTags([TAGS.categories, TAGS.home]);
  return outcome;
}

export async function deleteCategory(actor: Actor, id: number) {
  const outcome = await categories.deleteCategory(actor.id, id);
  if (outcome.ok) expireTags([...STRUCTURE, TAGS.category(outcome.row.slug), TAGS.features, REDIRECTS_TAG]);
  return outcome;
}

export async function createZone(actor: Actor, input: ZoneInput) {
  const outcome = await zones.createZone(actor.id, input);
  if (!outcome.ok) return outcome;
  const category = await categories.getAdminCategory(outcome.row.categoryId);
  expireTags([
    ...STRUCTURE,
    TAGS.zone(outcome.row.slug),
    ...(category ? [TAGS.category(category.slug)] : []),
  ]);
  return outcome;
}

/** Saves a zone; a new category moves it (and its articles' category) there. */
export async function updateZone(actor: Actor, id: number, input: ZoneInput, expected: Date) {
  const outcome = await zones.updateZone(actor.id, id, input, expected);
  if (!outcome.ok) return outcome;
  const renamed = outcome.previous.slug !== outcome.row.slug;
  expireTags([
    ...STRUCTURE,
    ...BYLINES,
    TAGS.zone(outcome.previous.slug),
    TAGS.zone(outcome.row.slug),
    ...outcome.categorySlugs.map(TAGS.category),
    ...(renamed ? [REDIRECTS_TAG] : []),
  ]);
  return outcome;
}

export async function moveZone(actor: Actor, id: number, direction: "up" | "down") {
  const outcome = await zones.moveZone(actor.id, id, direction);
  if (outcome.ok) expireTags([TAGS.categories, TAGS.home]);
  return outcome;
}

export async function deleteZone(actor: Actor, id: number) {
  const outcome = await zones.deleteZone(actor.id, id);
  if (outcome.ok) {
    const { slug, categorySlug } = outcome.row;
    expireTags([...STRUCTURE, TAGS.zone(slug), TAGS.category(categorySlug), TAGS.features, REDIRECTS_TAG]);
  }
  return outcome;
}

/** Categories in the shape of the admin route handlers (components/site-admin/admin-routes.ts). */
export const categoryService = { create: createCategory, update: updateCategory, remove: deleteCategory };
export const zoneService = { create: createZone, update: updateZone, remove: deleteZone };
