import { eventRoutes } from "@/components/site-admin/routes";

/** POST /api/editor/events: a new event (editors and admins); 422 names each bad field. */
export const POST = eventRoutes.create;
