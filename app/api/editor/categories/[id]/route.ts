import { categoryRoutes } from "@/components/site-admin/routes";

/**
 * PATCH /api/editor/categories/[id] { name, slug, description, updatedAt }: saves over the
 * version the form loaded (409 with the stored one otherwise); a new slug keeps the old address
 * redirecting. DELETE: only a category without zones (409 says what is left). Admins only.
 */
export const PATCH = categoryRoutes.update;
export const DELETE = categoryRoutes.remove;
