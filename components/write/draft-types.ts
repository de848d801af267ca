import { DRAFT_LIMITS as SAVE_LIMITS, SUBMISSION_RULES } from "@/lib/validation/drafts";

// What the writing page exchanges with /api/drafts* (the shapes of lib/authoring/drafts.ts,
// which is server-only), and the limits it shows while typing. The server stays the judge:
// these numbers only drive counters and hints.

export type DraftStatus = "DRAFT" | "SUBMITTED" | "CHANGES_REQUESTED" | "PUBLISHED" | "REJECTED" | "ARCHIVED";

/** The fields an author edits; the body of every save. */
export interface DraftValues {
  title: string;
  summary: string;
  bodyMarkdown: string;
  zoneId: number | null;
  tags: string[];
  coverImageUrl: string | null;
}

export interface DraftDto extends DraftValues {
  id: number;
  slug: string;
  status: DraftStatus;
  version: number;
  updatedAt: string;
  submittedAt: string | null;
  publishedAt: string | null;
  wordCount: number;
  readingMinutes: number;
  editable: boolean;
}

export interface ZoneOption {
  id: number;
  name: string;
}

/** Zones grouped by their category, in menu order, for the Zone select's optgroups. */
export interface ZoneGroup {
  category: string;
  zones: ZoneOption[];
}

/** The limits the form shows (counters, hints); lib/validation/drafts.ts is what the server checks. */
export const DRAFT_LIMITS = {
  titleMin: SUBMISSION_RULES.titleMin,
  titleMax: SAVE_LIMITS.titleMax,
  summaryMin: SUBMISSION_RULES.summaryMin,
  summaryMax: SAVE_LIMITS.summaryMax,
  minWords: SUBMISSION_RULES.bodyMinWords,
  maxTags: SAVE_LIMITS.tagsMax,
  tagMinLength: SAVE_LIMITS.tagMin,
  tagMaxLength: SAVE_LIMITS.tagMax,
} as const;

/** The fields that can carry a server error, in the order they appear on the page. */
export const FIELD_ORDER = ["title", "zoneId", "tags", "summary", "coverImageUrl", "bodyMarkdown"] as const;
export type DraftField = (typeof FIELD_ORDER)[number];

export const EMPTY_VALUES: DraftValues = {
  title: "",
  summary: "",
  bodyMarkdown: "",
  zoneId: null,
  tags: [],
  coverImageUrl: null,
};

export function valuesOf(draft: DraftDto): DraftValues {
  const { title, summary, bodyMarkdown, zoneId, tags, coverImageUrl } = draft;
  return { title, summary, bodyMarkdown, zoneId, tags: [...tags], coverImageUrl };
}

/** A stable string for "has anything changed since the last save" comparisons. */
export function fingerprint(values: DraftValues): string {
  return JSON.stringify([
    values.title,
    values.summary,
    values.bodyMarkdown,
    values.zoneId,
    values.tags,
    values.coverImageUrl,
  ]);
}
