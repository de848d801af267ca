import { publicGet, publicOptions } from "../_lib/public-endpoint";

// GET /api/v1/articles?zone=&author=&tag=&limit=&cursor= → { data: Article[], next }: published articles, newest first, by keyset.
export const GET = publicGet("articles");
export const OPTIONS = publicOptions;
