import { z } from "zod";
import { emailSchema } from "@/lib/validation/account";

// Inputs of the subscription endpoints, shared by the Subscribe button, the settings form and
// the route handlers, so browser and server give the same message for the same mistake.

export const TARGETS = ["ZONE", "CATEGORY", "AUTHOR", "NEWSLETTER"] as const;
export type Target = (typeof TARGETS)[number];

export const FREQUENCIES = ["DAILY", "WEEKLY"] as const;
export type Frequency = (typeof FREQUENCIES)[number];

/** A frequency or OFF (no subscription), as the settings form and the member's button choose. */
export type Choice = Frequency | "OFF";

export const FREQUENCY_LABELS: Record<Choice, string> = { OFF: "Off", DAILY: "Daily", WEEKLY: "Weekly" };

/** Postgres INTEGER ids: a bigger number can name nothing and would fail the query. */
const targetIdSchema = z.coerce
  .number({ error: "Name what to subscribe to" })
  .int({ error: "Name what to subscribe to" })
  .min(1, { error: "Name what to subscribe to" })
  .max(2_147_483_647, { error: "Name what to subscribe to" });

const targetSchema = z.enum(TARGETS, { error: "Choose a zone, category, author or the newsletter" });

export const frequencySchema = z.enum(FREQUENCIES, { error: "Choose daily or weekly" });
export const choiceSchema = z.enum(["OFF", ...FREQUENCIES], { error: "Choose off, daily or weekly" });

/**
 * What a subscription is to: the newsletter has no id, everything else must have one. Bad ids
 * and targets are reported on "targetId"/"target"; the forms never show those fields, so the
 * handlers also give a form-level message.
 */
export const targetRefSchema = z
  .object({ target: targetSchema, targetId: targetIdSchema.nullish() })
  .refine((ref) => (ref.target === "NEWSLETTER") === (ref.targetId == null), {
    error: "Name what to subscribe to",
    path: ["targetId"],
  })
  .transform((ref) => ({ target: ref.target, targetId: ref.target === "NEWSLETTER" ? null : ref.targetId! }));

export type TargetRef = z.output<typeof targetRefSchema>;

/** An anonymous visitor's request: an address to confirm, what to and how often. */
export const subscribeRequestSchema = z.object({
  email: emailSchema,
  frequency: frequencySchema,
  target: targetSchema,
  targetId: targetIdSchema.nullish(),
});

export type SubscribeRequest = z.output<typeof subscribeRequestSchema>;

/** Most choices one save can carry: every zone, category and followed author fits many times. */
export const MAX_CHOICES = 2000;

/** A member's choices: the settings form sends all of its rows, the Subscribe button one. */
export const memberChoicesSchema = z.object({
  choices: z
    .array(z.object({ target: targetSchema, targetId: targetIdSchema.nullish(), frequency: choiceSchema }), {
      error: "Send the list of choices",
    })
    .min(1, { error: "Send at least one choice" })
    .max(MAX_CHOICES, { error: `Send at most ${MAX_CHOICES} choices` }),
});

/** The key of one row of the settings form, also the name of its field ("ZONE:12", "NEWSLETTER"). */
export function choiceKey(target: Target, targetId: number | null): string {
  return targetId === null ? target : `${target}:${targetId}`;
}
