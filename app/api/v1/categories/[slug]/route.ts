import { publicGet, publicOptions } from "../../_lib/public-endpoint";

// GET /api/v1/categories/{slug} → { data: Category } | 404.
export const GET = publicGet("category");
export const OPTIONS = publicOptions;
