import "server-only";
import { db } from "./client";
import type { DraftContent } from "./drafts";

// An editor's correction of a submission before it is published (typos, a clumsy title): the
// new text and its render replace the article's, and an ArticleRevision by the editor plus an
// ArticleEvent record who changed what, in one transaction. Version-checked like every write.

/** The text and its render, as a draft save stores them (lib/db/drafts.ts DraftContent). */
export type EditedContent = Omit<DraftContent, "zoneId" | "categoryId" | "coverImageUrl" | "tags">;

export type EditedField = "title" | "summary" | "body";

export type EditWrite =
  | { ok: true; version: number; changed: EditedField[] }
  | { ok: false; kind: "not-found" }
  | { ok: false; kind: "not-editable"; status: string }
  | { ok: false; kind: "conflict"; version: number }
  | { ok: false; kind: "unchanged" };

class Abort extends Error {
  constructor(readonly failure: Exclude<EditWrite, { ok: true }>) {
    super(failure.kind);
  }
}

interface LockedText {
  status: string;
  version: number;
  title: string;
  summary: string;
  bodyMarkdown: string;
}

const FIELD_NAMES: Record<EditedField, string> = { title: "title", summary: "summary", body: "body" };

/** "the title and body", "the summary" — for the history note. */
function describeFields(fields: EditedField[]): string {
  const names = fields.map((field) => FIELD_NAMES[field]);
  return `the ${names.length > 1 ? `${names.slice(0, -1).join(", ")} and ${names.at(-1)}` : names[0]}`;
}

/** Saves `content` over SUBMITTED article `articleId` if it is still at `version`. */
export async function saveSubmissionEdit(
  articleId: number,
  editorId: number,
  version: number,
  content: EditedContent,
): Promise<EditWrite> {
  try {
    return await db.$transaction(async (tx) => {
      const rows = await tx.$queryRaw<LockedText[]>`
        SELECT status, version, title, summary, "bodyMarkdown"
        FROM "Article" WHERE id = ${articleId}::int FOR UPDATE`;
      const current = rows[0];
      if (!current) throw new Abort({ ok: false, kind: "not-found" });
      if (current.status !== "SUBMITTED")
        throw new Abort({ ok: false, kind: "not-editable", status: current.status });
      if (current.version !== version)
        throw new Abort({ ok: false, kind: "conflict", version: current.version });
      const changed: EditedField[] = [];
      if (current.title !== content.title) changed.push("title");
      if (current.summary !== content.summary) changed.push("summary");
      if (current.bodyMarkdown !== content.bodyMarkdown) changed.push("body");
      if (changed.length === 0) throw new Abort({ ok: false, kind: "unchanged" });

      const now = new Date();
      const updated = await tx.article.update({
        where: { id: articleId },
        data: { ...content, version: { increment: 1 } },
        select: { version: true },
      });
      await tx.articleRevision.create({
        data: {
          articleId,
          editorId,
          title: content.title,
          summary: content.summary,
          bodyMarkdown: content.bodyMarkdown,
          version: updated.version,
          reason: "edit",
          createdAt: now,
        },
      });
      await tx.articleEvent.create({
        data: {
          articleId,
          actorId: editorId,
          fromStatus: "SUBMITTED",
          toStatus: "SUBMITTED",
          note: `Corrected ${describeFields(changed)}`,
          reason: "edit",
          createdAt: now,
        },
      });
      return { ok: true as const, version: updated.version, changed };
    });
  } catch (error) {
    if (error instanceof Abort) return error.failure;
    throw error;
  }
}
