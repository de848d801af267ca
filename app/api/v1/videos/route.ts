import { publicGet, publicOptions } from "../_lib/public-endpoint";

// GET /api/v1/videos?zone=&limit=&cursor= → { data: Video[], next }: published videos, newest first.
export const GET = publicGet("videos");
export const OPTIONS = publicOptions;
