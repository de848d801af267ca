import { publicGet, publicOptions } from "../../_lib/public-endpoint";

// GET /api/v1/zones/{slug} → { data: ZoneDetail } | 404. (The zone list is in /categories; GET /api/v1/zones is the authoring API's.)
export const GET = publicGet("zone");
export const OPTIONS = publicOptions;
