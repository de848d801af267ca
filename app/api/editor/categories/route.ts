import { categoryRoutes } from "@/components/site-admin/routes";

/** POST /api/editor/categories { name, slug?, description }: a new category, last in the menu (admins). */
export const POST = categoryRoutes.create;
