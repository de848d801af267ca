import { publicGet, publicOptions } from "../../_lib/public-endpoint";

// GET /api/v1/authors/{username} → { data: Author } | 404 (unknown or suspended).
export const GET = publicGet("author");
export const OPTIONS = publicOptions;
