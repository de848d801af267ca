import { pageRoutes } from "@/components/site-admin/routes";

/** POST /api/editor/pages: a new page (admins); 422 names each bad field. */
export const POST = pageRoutes.create;
