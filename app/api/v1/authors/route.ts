import { publicGet, publicOptions } from "../_lib/public-endpoint";

// GET /api/v1/authors?limit=&cursor= → { data: Author[], next }: members with published articles, by username.
export const GET = publicGet("authors");
export const OPTIONS = publicOptions;
