import { publicGet, publicOptions } from "../../_lib/public-endpoint";

// GET /api/v1/videos/{slug} → { data: VideoDetail } | 404.
export const GET = publicGet("video");
export const OPTIONS = publicOptions;
