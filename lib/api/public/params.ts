import { z } from "zod";

// Query and path parameters of the public API, parsed by the handlers and documented in the
// OpenAPI document from the same schemas. Unknown parameters are ignored.

export const DEFAULT_LIMIT = 20;
export const MAX_LIMIT = 100;

const limit = z.coerce
  .number({ error: `limit must be a whole number from 1 to ${MAX_LIMIT}` })
  .int({ error: `limit must be a whole number from 1 to ${MAX_LIMIT}` })
  .min(1, { error: `limit must be a whole number from 1 to ${MAX_LIMIT}` })
  .max(MAX_LIMIT, { error: `limit must be a whole number from 1 to ${MAX_LIMIT}` })
  .default(DEFAULT_LIMIT)
  .meta({ description: `Items per page (1–${MAX_LIMIT})`, example: DEFAULT_LIMIT });

const cursor = z
  .string()
  .max(200, { error: "cursor is not one this API gave out" })
  .optional()
  .meta({ description: "The `next` value of the previous page" });

const slugFilter = (what: string) =>
  z
    .string()
    .min(1)
    .max(200, { error: `There is no ${what} with this slug` })
    .optional()
    .meta({ description: `Only items of this ${what} (its slug)` });

export const articleListQuery = z.object({
  zone: slugFilter("zone"),
  author: z
    .string()
    .min(1)
    .max(100, { error: "There is no author with this username" })
    .optional()
    .meta({ description: "Only articles by this author (username)" }),
  tag: slugFilter("tag"),
  limit,
  cursor,
});

export const resourceListQuery = z.object({
  kind: z
    .enum(["refcard", "trend-report"], { error: "kind is refcard or trend-report" })
    .optional()
    .meta({ description: "Only Refcards or only Trend Reports" }),
  zone: slugFilter("zone"),
  limit,
  cursor,
});

export const eventListQuery = z.object({
  when: z
    .enum(["upcoming", "past"], { error: "when is upcoming or past" })
    .default("upcoming")
    .meta({ description: "upcoming: not over yet, soonest first; past: over, most recent first" }),
  zone: slugFilter("zone"),
  limit,
  cursor,
});

export const videoListQuery = z.object({ zone: slugFilter("zone"), limit, cursor });

export const authorListQuery = z.object({ limit, cursor });

export const emptyQuery = z.object({});

export const slugPath = z.object({ slug: z.string().meta({ description: "The item's slug" }) });
export const usernamePath = z.object({ username: z.string().meta({ description: "The author's username" }) });
