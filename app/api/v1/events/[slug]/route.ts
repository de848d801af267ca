import { publicGet, publicOptions } from "../../_lib/public-endpoint";

// GET /api/v1/events/{slug} → { data: EventDetail } | 404.
export const GET = publicGet("event");
export const OPTIONS = publicOptions;
