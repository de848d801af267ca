import { z } from "zod";

// What an editor sends with each decision, shared by the review page's forms and the route
// handlers under /api/editor/articles/[id]/. Every decision names the article version the
// editor was looking at, so nobody decides on text they have not seen.

export const REJECT_REASONS = {
  "off-topic": "Off-topic for the zone",
  promotional: "Promotional or marketing content",
  "low-quality": "Does not meet our quality bar",
  duplicate: "Duplicates an existing article",
  plagiarism: "Copied from elsewhere",
  other: "Other",
} as const;

export type RejectReason = keyof typeof REJECT_REASONS;

export const REJECT_REASON_CODES = Object.keys(REJECT_REASONS) as [RejectReason, ...RejectReason[]];

/** The label of a stored reason code; unknown codes (from an older list) are shown as they are. */
export function rejectReasonLabel(code: string): string {
  return code in REJECT_REASONS ? REJECT_REASONS[code as RejectReason] : code;
}

export const FEEDBACK_MAX = 5_000;
export const UNPUBLISH_NOTE_MAX = 1_000;
/** How far ahead a publish may be scheduled. */
export const SCHEDULE_MAX_DAYS = 365;
/**
 * How soon it may be: the job is enqueued before the decision commits (so a committed schedule
 * always has its job), which needs the time to be clearly after the commit. Half a minute of
 * slack on the "a minute from now" the form asks for, for the time it takes to click.
 */
export const SCHEDULE_MIN_LEAD_MS = 30_000;

const version = z
  .number({ error: "Reload the page: the version you reviewed is missing" })
  .int({ error: "Reload the page: the version you reviewed is missing" })
  .positive({ error: "Reload the page: the version you reviewed is missing" });

const feedback = (missing: string) =>
  z
    .string({ error: missing })
    .trim()
    .min(1, { error: missing })
    .max(FEEDBACK_MAX, { error: `Keep it under ${FEEDBACK_MAX.toLocaleString("en-US")} characters` });

export const publishInput = z.strictObject({ version });

/**
 * An instant with its offset, as the browser sends it after reading the date-time input in the
 * editor's own time zone. `now` is the server's clock: the time must still be ahead of it.
 */
export function scheduleInput(now: Date) {
  const latest = now.getTime() + SCHEDULE_MAX_DAYS * 24 * 60 * 60 * 1000;
  return z.strictObject({
    version,
    publishAt: z.iso
      .datetime({ offset: true, error: "Choose a date and time" })
      .transform((value) => new Date(value))
      .refine((date) => date.getTime() >= now.getTime() + SCHEDULE_MIN_LEAD_MS, {
        error: "Choose a time at least a minute from now (or publish now)",
      })
      .refine((date) => date.getTime() <= latest, {
        error: `Choose a time within ${SCHEDULE_MAX_DAYS} days`,
      }),
  });
}

export const cancelScheduleInput = z.strictObject({ version });

export const requestChangesInput = z.strictObject({
  version,
  feedback: feedback("Tell the author what to change"),
});

export const rejectInput = z.strictObject({
  version,
  reason: z.enum(REJECT_REASON_CODES, { error: "Choose a reason" }),
  note: feedback("Explain the decision to the author"),
});

export const unpublishInput = z.strictObject({
  version,
  note: z
    .string({ error: "The note must be text" })
    .trim()
    .max(UNPUBLISH_NOTE_MAX, {
      error: `Keep it under ${UNPUBLISH_NOTE_MAX.toLocaleString("en-US")} characters`,
    })
    .optional(),
});

export const republishInput = z.strictObject({ version });

/** An editor's correction of the submission before it is published. */
export const editInput = z.strictObject({
  version,
  title: z.string({ error: "The title must be text" }),
  summary: z.string({ error: "The summary must be text" }),
  bodyMarkdown: z.string({ error: "The body must be text" }),
});

export type EditInput = z.infer<typeof editInput>;
