import { zoneRoutes } from "@/components/site-admin/routes";

/** POST /api/editor/zones { name, slug?, description, categoryId }: a new zone, last in its category (admins). */
export const POST = zoneRoutes.create;
