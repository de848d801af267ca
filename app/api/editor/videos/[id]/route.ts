import { videoRoutes } from "@/components/site-admin/routes";

/**
 * PATCH /api/editor/videos/[id] { …fields, updatedAt }: saves over the version the form loaded
 * (409 with the stored one otherwise); a new slug keeps the old address redirecting.
 * DELETE removes it. Editors and admins only.
 */
export const PATCH = videoRoutes.update;
export const DELETE = videoRoutes.remove;
