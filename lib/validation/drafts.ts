import { z } from "zod";

// Draft inputs, shared by the writing form (limits, hints), the /api/drafts route handlers, the
// token API and the drafts service. Two levels on purpose: saving is lenient (an author may save
// half a sentence), submitting for review checks the submission guidelines. The body's size is
// bounded by renderDocument (lib/markdown/render-document.ts), which the service always calls.

export const DRAFT_LIMITS = {
  titleMax: 150,
  summaryMax: 300,
  tagsMax: 5,
  tagMin: 2,
  tagMax: 30,
  coverUrlMax: 500,
} as const;

export const SUBMISSION_RULES = {
  titleMin: 10,
  titleMax: DRAFT_LIMITS.titleMax,
  summaryMin: 50,
  summaryMax: DRAFT_LIMITS.summaryMax,
  bodyMinWords: 300,
} as const;

// Tags are named by people ("Node.js", "C#") and slugified for their URL; a name that leaves
// nothing for the slug ("!!") could never be linked to.
const tagSchema = z
  .string({ error: "Each tag must be text" })
  .trim()
  .min(DRAFT_LIMITS.tagMin, { error: `Tags have at least ${DRAFT_LIMITS.tagMin} characters` })
  .max(DRAFT_LIMITS.tagMax, { error: `Tags have at most ${DRAFT_LIMITS.tagMax} characters` })
  .refine((tag) => /[\p{L}\p{N}]/u.test(tag), { error: "Tags need a letter or a digit" });

// Covers come from our own upload route (/uploads/…) or an https URL given through the API;
// anything else (javascript:, data:, protocol-relative) never reaches an <img>.
const SITE_IMAGE = /^\/(uploads|images)\/(?!.*\.\.)[A-Za-z0-9][\w./-]*$/;

const coverSchema = z
  .string({ error: "The cover image must be a URL" })
  .trim()
  .max(DRAFT_LIMITS.coverUrlMax, { error: "The cover image URL is too long" })
  // Served by this site (member uploads, the bundled demo images seeded drafts carry; no "..")
  // or an https URL.
  .refine((url) => SITE_IMAGE.test(url) || /^https:\/\/[^/\s]+\/\S*$/.test(url), {
    error: "Upload a cover image or give an https URL",
  });

export const draftInputSchema = z.object({
  title: z
    .string({ error: "The title must be text" })
    .trim()
    .max(DRAFT_LIMITS.titleMax, { error: `Use at most ${DRAFT_LIMITS.titleMax} characters` })
    .default(""),
  summary: z
    .string({ error: "The summary must be text" })
    .trim()
    .max(DRAFT_LIMITS.summaryMax, { error: `Use at most ${DRAFT_LIMITS.summaryMax} characters` })
    .default(""),
  bodyMarkdown: z.string({ error: "The body must be text" }).default(""),
  // Every article belongs to a zone (Article.zoneId is required), so even a draft needs one.
  zoneId: z
    .number({ error: "Choose a zone to save your draft" })
    .int({ error: "Choose a zone to save your draft" })
    .positive({ error: "Choose a zone to save your draft" }),
  tags: z
    .array(tagSchema, { error: "Tags must be a list" })
    .max(DRAFT_LIMITS.tagsMax, { error: `Use at most ${DRAFT_LIMITS.tagsMax} tags` })
    .default([])
    .transform(uniqueTags),
  coverImageUrl: z.union([coverSchema, z.literal("").transform(() => null), z.null()]).default(null),
});

export type ParsedDraftInput = z.infer<typeof draftInputSchema>;

export const versionSchema = z
  .number({ error: "Reload the draft: the version it was loaded at is missing" })
  .int({ error: "Reload the draft: the version it was loaded at is missing" })
  .positive({ error: "Reload the draft: the version it was loaded at is missing" });

/** A save or submit of an existing draft: the draft plus the version it was loaded at. */
export const draftSaveSchema = draftInputSchema.extend({ version: versionSchema });

/**
 * One message per form field: "tags.2" → "tags" (the form shows one message under the tags
 * input), the first issue of each field winning.
 */
export function draftFieldErrors(error: z.ZodError, field = "form"): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const issue of error.issues) errors[String(issue.path[0] ?? field)] ??= issue.message;
  return errors;
}

export const previewSchema = z.object({
  bodyMarkdown: z.string({ error: "The body must be text" }),
});

/** Case-insensitive de-duplication, keeping the first spelling ("React", "react" → "React"). */
function uniqueTags(tags: string[]): string[] {
  const seen = new Set<string>();
  return tags.filter((tag) => {
    const key = tag.toLocaleLowerCase("en");
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export interface SubmissionInput {
  title: string;
  summary: string;
  zoneId: number | null;
}

/**
 * What keeps a (saved-valid) draft from being submitted, one message per field: title,
 * summary, bodyMarkdown (by its rendered word count), zoneId. Empty when it may be submitted.
 */
export function submissionProblems(input: SubmissionInput, wordCount: number): Record<string, string> {
  const problems: Record<string, string> = {};
  const title = input.title.trim().length;
  if (title < SUBMISSION_RULES.titleMin || title > SUBMISSION_RULES.titleMax) {
    problems.title = `The title needs ${SUBMISSION_RULES.titleMin}–${SUBMISSION_RULES.titleMax} characters (now ${title})`;
  }
  const summary = input.summary.trim().length;
  if (summary < SUBMISSION_RULES.summaryMin || summary > SUBMISSION_RULES.summaryMax) {
    problems.summary = `The summary needs ${SUBMISSION_RULES.summaryMin}–${SUBMISSION_RULES.summaryMax} characters (now ${summary})`;
  }
  if (wordCount < SUBMISSION_RULES.bodyMinWords) {
    problems.bodyMarkdown = `Articles need at least ${SUBMISSION_RULES.bodyMinWords} words (now ${wordCount})`;
  }
  if (input.zoneId === null) problems.zoneId = "Choose a zone for your article";
  return problems;
}
