import { pageRoutes } from "@/components/site-admin/routes";

/**
 * PATCH /api/editor/pages/[id] { …fields, updatedAt }: saves over the version the form loaded
 * (409 with the stored one otherwise); a new slug keeps the old address redirecting.
 * DELETE removes it. Admins only.
 */
export const PATCH = pageRoutes.update;
export const DELETE = pageRoutes.remove;
