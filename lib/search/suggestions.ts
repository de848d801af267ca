import { z } from "zod";
import { SEARCH_TYPES } from "./query";

// The search box's suggestion list (GET /api/search/suggest?q=), shared by the route handler and
// the box: a title, what it is and where it lives.

export const suggestionSchema = z.object({
  type: z.enum(SEARCH_TYPES),
  title: z.string(),
  href: z.string(),
});

export const suggestResponseSchema = z.object({ suggestions: z.array(suggestionSchema) });

export type Suggestion = z.infer<typeof suggestionSchema>;
export type SuggestResponse = z.infer<typeof suggestResponseSchema>;
