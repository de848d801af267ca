import { zoneRoutes } from "@/components/site-admin/routes";

/**
 * PATCH /api/editor/zones/[id] { name, slug, description, categoryId, updatedAt }: a new
 * categoryId moves the zone (its articles follow); a new slug keeps the old address redirecting;
 * 409 with the stored zone when someone saved it since the form loaded. DELETE: only an empty
 * zone (409 says what is still in it). Admins only.
 */
export const PATCH = zoneRoutes.update;
export const DELETE = zoneRoutes.remove;
