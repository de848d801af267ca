import { eventRoutes } from "@/components/site-admin/routes";

/**
 * PATCH /api/editor/events/[id] { …fields, updatedAt }: saves over the version the form loaded
 * (409 with the stored one otherwise); a new slug keeps the old address redirecting.
 * DELETE removes it. Editors and admins only.
 */
export const PATCH = eventRoutes.update;
export const DELETE = eventRoutes.remove;
