import { publicGet, publicOptions } from "../../_lib/public-endpoint";

// GET /api/v1/articles/{slug} → { data: ArticleDetail } (with bodyHtml) | 404 for unknown and unpublished slugs.
export const GET = publicGet("article");
export const OPTIONS = publicOptions;
