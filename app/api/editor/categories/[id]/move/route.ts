import { moveCategoryRoute } from "@/components/site-admin/routes";

/** POST /api/editor/categories/[id]/move { direction: "up" | "down" } → { order } (admins). */
export const POST = moveCategoryRoute;
