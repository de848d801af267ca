import "server-only";
import { renderedColumns } from "@/lib/authoring/drafts";
import { saveSubmissionEdit, type EditedField } from "@/lib/db/editorial-edits";
import { getLatestEvent } from "@/lib/db/review";
import { renderDocument } from "@/lib/markdown/render-document";
import { DRAFT_LIMITS, submissionProblems } from "@/lib/validation/drafts";
import type { EditInput } from "./decision-input";
import { eventVerb } from "./event-labels";

// Editors fixing a submission before publishing it: the same limits and submission guidelines
// as the author's submit (an edit must not turn it into something the author could not have
// submitted), rendered at save time by the same pipeline.

export type EditOutcome =
  | { ok: true; version: number; changed: EditedField[] }
  | { ok: false; kind: "invalid"; errors: Record<string, string> }
  | { ok: false; kind: "not-found" }
  | { ok: false; kind: "conflict"; message: string };

export async function editSubmission(
  articleId: number,
  editorId: number,
  input: EditInput,
): Promise<EditOutcome> {
  const title = input.title.trim();
  const summary = input.summary.trim();
  const errors: Record<string, string> = {};
  if (title.length > DRAFT_LIMITS.titleMax) errors.title = `Use at most ${DRAFT_LIMITS.titleMax} characters`;
  if (summary.length > DRAFT_LIMITS.summaryMax)
    errors.summary = `Use at most ${DRAFT_LIMITS.summaryMax} characters`;
  const rendered = await renderDocument(input.bodyMarkdown);
  if (!rendered.ok) errors.bodyMarkdown = rendered.message;
  else {
    // The submission guidelines, unless the field already has a more precise message.
    const problems = submissionProblems({ title, summary, zoneId: 0 }, rendered.rendered.wordCount);
    for (const [field, message] of Object.entries(problems)) errors[field] ??= message;
  }
  if (!rendered.ok || Object.keys(errors).length > 0) return { ok: false, kind: "invalid", errors };

  const write = await saveSubmissionEdit(articleId, editorId, input.version, {
    title,
    summary,
    bodyMarkdown: input.bodyMarkdown,
    ...renderedColumns(rendered.rendered),
  });
  if (write.ok) return write;
  switch (write.kind) {
    case "not-found":
      return write;
    case "unchanged":
      return {
        ok: false,
        kind: "invalid",
        errors: { form: "Nothing to save: the text is the same as before." },
      };
    case "not-editable":
    case "conflict": {
      const latest = await getLatestEvent(articleId);
      const what = latest ? ` ${latest.actor?.name ?? "Someone"} ${eventVerb(latest)} meanwhile.` : "";
      return {
        ok: false,
        kind: "conflict",
        message:
          write.kind === "not-editable"
            ? `Only articles waiting for review can be corrected here.${what}`
            : `This article changed since you opened it.${what} Reload the page; your text is still in the form.`,
      };
    }
  }
}
