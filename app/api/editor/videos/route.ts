import { videoRoutes } from "@/components/site-admin/routes";

/** POST /api/editor/videos: a new video (editors and admins); 422 names each bad field. */
export const POST = videoRoutes.create;
