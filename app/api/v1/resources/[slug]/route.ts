import { publicGet, publicOptions } from "../../_lib/public-endpoint";

// GET /api/v1/resources/{slug} → { data: ResourceDetail } (the preview's HTML) | 404.
export const GET = publicGet("resource");
export const OPTIONS = publicOptions;
