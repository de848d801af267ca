import { publicGet, publicOptions } from "../_lib/public-endpoint";

// GET /api/v1/resources?kind=&zone=&limit=&cursor= → { data: Resource[], next }: published Refcards and Trend Reports, newest first.
export const GET = publicGet("resources");
export const OPTIONS = publicOptions;
