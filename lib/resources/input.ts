import { z } from "zod";
import { slugify } from "@/lib/slug";

// What an editor sends to create or save a Refcard or Trend Report: shared by the form (limits,
// hints) and the route handlers, so both judge the same way. What needs the database (authors and
// zones exist, the slug and number are free, the PDF was uploaded) is checked by
// lib/db/resource-admin.ts; the preview body's size and structure by renderDocument.

export const RESOURCE_KINDS = ["REFCARD", "TREND_REPORT"] as const;
export type ResourceKindInput = (typeof RESOURCE_KINDS)[number];

export const RESOURCE_LIMITS = {
  titleMin: 3,
  titleMax: 150,
  slugMax: 100,
  summaryMax: 300,
  authorsMax: 8,
  zonesMax: 8,
  numberMax: 2_147_483_647,
} as const;

/** Lower-case words of letters and digits joined by single hyphens: the resource's URL. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const ids = (what: string, max: number, none: string) =>
  z
    .array(
      z
        .number({ error: `Each ${what} must be an id` })
        .int({ error: `Each ${what} must be an id` })
        .positive(),
      {
        error: `Choose the ${what}s from the list`,
      },
    )
    .min(1, { error: none })
    .max(max, { error: `Choose at most ${max} ${what}s` })
    .transform((list) => [...new Set(list)]);

/** The fields of both create and save. */
const fields = {
  title: z
    .string({ error: "The title must be text" })
    .trim()
    .min(RESOURCE_LIMITS.titleMin, {
      error: `Give a title of at least ${RESOURCE_LIMITS.titleMin} characters`,
    })
    .max(RESOURCE_LIMITS.titleMax, { error: `Use at most ${RESOURCE_LIMITS.titleMax} characters` }),
  slug: z
    .string({ error: "The slug must be text" })
    .trim()
    .max(RESOURCE_LIMITS.slugMax, { error: `Use at most ${RESOURCE_LIMITS.slugMax} characters` })
    .refine((slug) => slug === "" || SLUG_PATTERN.test(slug), {
      error: "Use lower-case letters, digits and single hyphens (e.g. kafka-essentials)",
    })
    .default(""),
  /** Refcards only; null takes the next free number (create) or keeps the current one (save). */
  number: z
    .number({ error: "The number must be a whole number" })
    .int({ error: "The number must be a whole number" })
    .min(1, { error: "Refcard numbers start at 1" })
    .max(RESOURCE_LIMITS.numberMax, { error: "This number is too large" })
    .nullable()
    .default(null),
  summary: z
    .string({ error: "The summary must be text" })
    .trim()
    .max(RESOURCE_LIMITS.summaryMax, { error: `Use at most ${RESOURCE_LIMITS.summaryMax} characters` })
    .default(""),
  bodyMarkdown: z.string({ error: "The preview body must be text" }).default(""),
  authorIds: ids("author", RESOURCE_LIMITS.authorsMax, "Add at least one author"),
  zoneIds: ids("zone", RESOURCE_LIMITS.zonesMax, "Choose at least one zone"),
  coverImageUrl: z
    .string({ error: "The cover image must be a URL" })
    .trim()
    .max(500, { error: "Upload the cover image again" })
    .nullable()
    .transform((url) => url || null)
    .default(null),
  /** The storage key an upload to /api/editor/resources/pdf answered with; null for none. */
  pdfKey: z
    .string({ error: "Upload the PDF again" })
    .max(200, { error: "Upload the PDF again" })
    .nullable()
    .transform((key) => key || null)
    .default(null),
  published: z.boolean({ error: "Say whether the resource is published" }).default(false),
};

export const createResourceSchema = z.strictObject({
  kind: z.enum(RESOURCE_KINDS, { error: "Choose Refcard or Trend Report" }),
  ...fields,
});

export const updateResourceSchema = z.strictObject({
  ...fields,
  /** When the form loaded the resource (its updatedAt): a later save by someone else is a conflict. */
  updatedAt: z.iso.datetime({ error: "Reload the page: the time this resource was loaded is missing" }),
});

export type CreateResourceInput = z.infer<typeof createResourceSchema>;
export type UpdateResourceInput = z.infer<typeof updateResourceSchema>;
/** The content both create and save carry (kind and the lock aside). */
export type ResourceFields = Omit<CreateResourceInput, "kind">;

/** The slug to store: the one typed, or one made from the title (the form shows the same). */
export function resourceSlug(fields: { slug: string; title: string }): string {
  return fields.slug.trim() || slugify(fields.title).slice(0, RESOURCE_LIMITS.slugMax).replace(/-+$/, "");
}
