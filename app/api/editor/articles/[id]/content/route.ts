import { editInput } from "@/lib/editorial/decision-input";
import { editSubmission } from "@/lib/editorial/edits";
import { validationProblem } from "@/lib/http/problem";
import { parseBody } from "@/lib/http/request";
import {
  articleNotFound,
  conflictProblem,
  editorRequest,
  NO_STORE,
  type ArticleRouteContext,
} from "../../_lib/respond";

/** A 100 KB markdown body plus title, summary and JSON escaping. */
const EDIT_BODY_MAX_BYTES = 220 * 1024;

// PUT /api/editor/articles/[id]/content { version, title, summary, bodyMarkdown }: an editor's
// correction of a submission waiting for review, re-rendered and kept as a revision by the
// editor → { version, changed }. Nothing readers see changes (it is not published yet).
export async function PUT(request: Request, context: ArticleRouteContext): Promise<Response> {
  const caller = await editorRequest(request, context);
  if (!caller.ok) return caller.response;
  const parsed = await parseBody(request, editInput, EDIT_BODY_MAX_BYTES);
  if (!parsed.ok) return parsed.response;
  const outcome = await editSubmission(caller.articleId, caller.editor.id, parsed.data);
  if (outcome.ok)
    return Response.json({ version: outcome.version, changed: outcome.changed }, { headers: NO_STORE });
  switch (outcome.kind) {
    case "not-found":
      return articleNotFound();
    case "invalid":
      return validationProblem(outcome.errors);
    case "conflict":
      return conflictProblem("changed", outcome.message);
  }
}
