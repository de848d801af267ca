import { publicGet, publicOptions } from "../_lib/public-endpoint";

// GET /api/v1/categories → { data: Category[], next: null }: every category with its zones, in menu order.
export const GET = publicGet("categories");
export const OPTIONS = publicOptions;
