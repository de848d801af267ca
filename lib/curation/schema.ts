import { z } from "zod";
import { CURATION_SLOT_MAX } from "./slots";

// The inputs of the curation editor, shared by its form (checked before sending) and the route
// handlers (checked again). Field paths are those the form shows errors under:
// "entries" for the list, "entries.<i>.startsAt" / ".endsAt" / ".targetId" for one entry.

export const CANDIDATE_QUERY_MAX = 100;
export const CANDIDATE_LIMIT = 20;

const instant = z.iso
  .datetime({ offset: true, error: "Enter a date and time" })
  .transform((value) => new Date(value))
  .nullable();

const entrySchema = z.strictObject({
  kind: z.enum(["article", "resource"], { error: "Choose an article or a resource" }),
  targetId: z.int({ error: "Choose what to feature" }).min(1).max(2_147_483_647),
  startsAt: instant.default(null),
  endsAt: instant.default(null),
});

export const slotUpdateSchema = z.strictObject({
  /** The slot's version when the editor loaded it; a different current version is a conflict. */
  version: z.string({ error: "Reload the page: the slot's version is missing" }).min(1).max(100),
  entries: z
    .array(entrySchema, { error: "Send the slot's entries as a list" })
    .max(CURATION_SLOT_MAX, {
      error: `A slot holds at most ${CURATION_SLOT_MAX} entries; remove one before adding another`,
    })
    .superRefine((entries, ctx) => {
      const seen = new Map<string, number>();
      entries.forEach((entry, index) => {
        if (entry.startsAt && entry.endsAt && entry.endsAt <= entry.startsAt) {
          ctx.addIssue({
            code: "custom",
            path: [index, "endsAt"],
            message: "The end must be after the start",
          });
        }
        const key = `${entry.kind}:${entry.targetId}`;
        const first = seen.get(key);
        if (first !== undefined) {
          ctx.addIssue({
            code: "custom",
            path: [index, "targetId"],
            message: `Already in this slot (entry ${first + 1})`,
          });
        } else {
          seen.set(key, index);
        }
      });
    }),
});

export type SlotUpdateInput = z.input<typeof slotUpdateSchema>;
export type SlotUpdate = z.output<typeof slotUpdateSchema>;

export const candidateQuerySchema = z.strictObject({
  q: z
    .string()
    .trim()
    .max(CANDIDATE_QUERY_MAX, { error: `Search with at most ${CANDIDATE_QUERY_MAX} characters` })
    .default(""),
  kind: z.enum(["all", "article", "resource"], { error: "Choose all, article or resource" }).default("all"),
});

export type CandidateQuery = z.output<typeof candidateQuerySchema>;
