import "server-only";
import {
  deleteOwnDraft,
  EDITABLE_STATUSES,
  findOwnDraft,
  insertDraft,
  submitOwnDraft,
  updateOwnDraft,
  withdrawOwnDraft,
  zoneCategoryId,
  type DraftContent,
  type DraftRow,
  type DraftWrite,
} from "@/lib/db/drafts";
import type { TagRef } from "@/lib/db/tags";
import type { RenderedMarkdown } from "@/lib/markdown/pipeline/render.mjs";
import { renderDocument } from "@/lib/markdown/render-document";
import { RENDER_VERSION } from "@/lib/markdown/render";
import {
  draftFieldErrors,
  draftInputSchema,
  submissionProblems,
  versionSchema,
  type ParsedDraftInput,
} from "@/lib/validation/drafts";
import { placeholderSlug, slugify, titledSlug } from "./slug";

// The drafts service: what the writing page (/api/drafts), Manage My Drafts and the token API
// (/api/v1/drafts) all call, so every way in validates, renders and locks the same way.
// It composes lib/db/drafts (queries, optimistic lock) with validation and rendering; it never
// reads cookies — callers pass the signed-in author's id.

export interface DraftInput {
  title: string;
  summary: string;
  bodyMarkdown: string;
  zoneId: number | null;
  tags: string[];
  coverImageUrl: string | null;
}

export type DraftStatus = "DRAFT" | "SUBMITTED" | "CHANGES_REQUESTED" | "PUBLISHED" | "REJECTED" | "ARCHIVED";

export interface DraftView {
  id: number;
  slug: string;
  status: DraftStatus;
  title: string;
  summary: string;
  bodyMarkdown: string;
  zoneId: number | null;
  tags: string[];
  coverImageUrl: string | null;
  version: number;
  updatedAt: string;
  submittedAt: string | null;
  publishedAt: string | null;
  wordCount: number;
  readingMinutes: number;
  /** DRAFT or CHANGES_REQUESTED: the author may change it. */
  editable: boolean;
}

export type DraftOutcome =
  | { ok: true; draft: DraftView }
  | { ok: false; kind: "invalid"; errors: Record<string, string> }
  | { ok: false; kind: "conflict"; current: DraftView }
  | { ok: false; kind: "not-found" }
  | { ok: false; kind: "not-editable"; message: string };

type Invalid = Extract<DraftOutcome, { kind: "invalid" }>;

const NOT_EDITABLE: Record<DraftStatus, string> = {
  DRAFT: "This article is a draft.",
  CHANGES_REQUESTED: "This article is waiting for your changes.",
  SUBMITTED: "This article is waiting for review; withdraw it in Manage My Drafts to edit it.",
  PUBLISHED: "This article is published and can no longer be changed here.",
  REJECTED: "This article was rejected and can no longer be changed.",
  ARCHIVED: "This article was archived and can no longer be changed.",
};

function toView(row: DraftRow): DraftView {
  return {
    ...row,
    updatedAt: row.updatedAt.toISOString(),
    submittedAt: row.submittedAt?.toISOString() ?? null,
    publishedAt: row.publishedAt?.toISOString() ?? null,
    editable: EDITABLE_STATUSES.includes(row.status),
  };
}

function fromWrite(write: DraftWrite, action: "save" | "submit" | "withdraw"): DraftOutcome {
  if (write.ok) return { ok: true, draft: toView(write.draft) };
  switch (write.kind) {
    case "conflict":
      return { ok: false, kind: "conflict", current: toView(write.current) };
    case "not-found":
      return write;
    case "not-editable":
      return {
        ok: false,
        kind: "not-editable",
        message:
          action === "withdraw"
            ? "Only articles waiting for review can be withdrawn."
            : NOT_EDITABLE[write.status],
      };
  }
}

/**
 * Checks the input (lenient save rules), renders the body within the limits and resolves the
 * zone's category and the tags' slugs: the content a save stores, or the fields that are wrong.
 */
async function prepare(input: unknown): Promise<{ ok: true; content: DraftContent } | Invalid> {
  const parsed = draftInputSchema.safeParse(input);
  if (!parsed.success) return { ok: false, kind: "invalid", errors: draftFieldErrors(parsed.error) };
  const draft: ParsedDraftInput = parsed.data;
  const [rendered, categoryId] = await Promise.all([
    renderDocument(draft.bodyMarkdown),
    zoneCategoryId(draft.zoneId),
  ]);
  const errors: Record<string, string> = {};
  if (!rendered.ok) errors.bodyMarkdown = rendered.message;
  if (categoryId === null) errors.zoneId = "Choose one of the zones";
  if (!rendered.ok || categoryId === null) return { ok: false, kind: "invalid", errors };
  return {
    ok: true,
    content: {
      title: draft.title,
      summary: draft.summary,
      bodyMarkdown: draft.bodyMarkdown,
      zoneId: draft.zoneId,
      categoryId,
      coverImageUrl: draft.coverImageUrl,
      tags: tagRefs(draft.tags),
      ...renderedColumns(rendered.rendered),
    },
  };
}

/** What a save stores from the render of a body (editors' corrections store the same). */
export function renderedColumns(
  rendered: RenderedMarkdown,
): Pick<DraftContent, "bodyHtml" | "bodyText" | "toc" | "wordCount" | "readingMinutes" | "renderVersion"> {
  return {
    bodyHtml: rendered.html,
    bodyText: rendered.text,
    toc: rendered.toc.map((entry) => ({ ...entry })),
    wordCount: rendered.wordCount,
    readingMinutes: rendered.readingMinutes,
    renderVersion: RENDER_VERSION,
  };
}

/** Tag names → slugs, one per slug ("Node.js" and "node js" are the same tag). */
function tagRefs(names: string[]): TagRef[] {
  const bySlug = new Map<string, TagRef>();
  for (const name of names) {
    const slug = slugify(name);
    if (slug && !bySlug.has(slug)) bySlug.set(slug, { slug, name });
  }
  return [...bySlug.values()];
}

function checkVersion(version: unknown): Invalid | null {
  const parsed = versionSchema.safeParse(version);
  return parsed.success
    ? null
    : { ok: false, kind: "invalid", errors: draftFieldErrors(parsed.error, "version") };
}

export async function createDraft(authorId: number, input: DraftInput): Promise<DraftOutcome> {
  const prepared = await prepare(input);
  if (!prepared.ok) return prepared;
  return { ok: true, draft: toView(await insertDraft(authorId, placeholderSlug(), prepared.content)) };
}

/** Saves over the author's DRAFT/CHANGES_REQUESTED article if nobody saved since `version`. */
export async function saveDraft(
  authorId: number,
  id: number,
  input: DraftInput & { version: number },
): Promise<DraftOutcome> {
  const badVersion = checkVersion(input.version);
  if (badVersion) return badVersion;
  const prepared = await prepare(input);
  if (!prepared.ok) return prepared;
  return fromWrite(await updateOwnDraft(authorId, id, input.version, prepared.content), "save");
}

/**
 * Saves and submits for review, if the content meets the submission guidelines. When it does
 * not, nothing is stored (the version stays, so the editor's next save still applies) and every
 * failing field is named.
 */
export async function submitDraft(
  authorId: number,
  id: number,
  input: DraftInput & { version: number },
): Promise<DraftOutcome> {
  const badVersion = checkVersion(input.version);
  if (badVersion) return badVersion;
  const prepared = await prepare(input);
  if (!prepared.ok) {
    // Name the guideline failures too, not only the save errors, so one attempt shows them all.
    const submission = submissionProblems(submissionShape(input), 0);
    delete submission.bodyMarkdown;
    return { ...prepared, errors: { ...submission, ...prepared.errors } };
  }
  const { content } = prepared;
  const problems = submissionProblems(content, content.wordCount);
  if (Object.keys(problems).length > 0) return { ok: false, kind: "invalid", errors: problems };
  return fromWrite(
    await submitOwnDraft(authorId, id, input.version, content, titledSlug(content.title)),
    "submit",
  );
}

function submissionShape(input: DraftInput): { title: string; summary: string; zoneId: number | null } {
  return {
    title: typeof input.title === "string" ? input.title : "",
    summary: typeof input.summary === "string" ? input.summary : "",
    zoneId: typeof input.zoneId === "number" ? input.zoneId : null,
  };
}

export async function withdrawDraft(authorId: number, id: number): Promise<DraftOutcome> {
  return fromWrite(await withdrawOwnDraft(authorId, id), "withdraw");
}

export async function deleteDraft(
  authorId: number,
  id: number,
): Promise<{ ok: true } | { ok: false; kind: "not-found" | "not-editable"; message?: string }> {
  const result = await deleteOwnDraft(authorId, id);
  if (result.ok || result.kind === "not-found") return result;
  return { ok: false, kind: "not-editable", message: "Only drafts can be deleted." };
}

export async function getOwnDraft(authorId: number, id: number): Promise<DraftView | null> {
  const row = await findOwnDraft(authorId, id);
  return row ? toView(row) : null;
}

/** The body rendered by the same pipeline as a save, for the editor's preview. Stores nothing. */
export async function previewMarkdown(
  bodyMarkdown: string,
): Promise<
  | { ok: true; html: string; wordCount: number; readingMinutes: number }
  | { ok: false; errors: Record<string, string> }
> {
  if (typeof bodyMarkdown !== "string")
    return { ok: false, errors: { bodyMarkdown: "The body must be text" } };
  const outcome = await renderDocument(bodyMarkdown);
  if (!outcome.ok) return { ok: false, errors: { bodyMarkdown: outcome.message } };
  const { html, wordCount, readingMinutes } = outcome.rendered;
  return { ok: true, html, wordCount, readingMinutes };
}
