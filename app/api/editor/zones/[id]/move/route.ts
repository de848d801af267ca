import { moveZoneRoute } from "@/components/site-admin/routes";

/** POST /api/editor/zones/[id]/move { direction } → { order: zone ids of its category } (admins). */
export const POST = moveZoneRoute;
