import { publicGet, publicOptions } from "../_lib/public-endpoint";

// GET /api/v1/events?when=upcoming|past&zone=&limit=&cursor= → { data: Event[], next }.
export const GET = publicGet("events");
export const OPTIONS = publicOptions;
