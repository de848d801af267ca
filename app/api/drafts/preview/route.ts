import { previewMarkdown } from "@/lib/authoring/drafts";
import { validationProblem } from "@/lib/http/problem";
import { consumeMemberLimit, MEMBER_LIMITS } from "@/lib/rate-limit/member";
import { previewSchema } from "@/lib/validation/drafts";
import { PRIVATE, author, privately, readDraftBody } from "../_lib/respond";
import { withDatabaseRetry } from "@/lib/http/unavailable";

// POST /api/drafts/preview { bodyMarkdown } → { html, wordCount, readingMinutes }: the body
// rendered by the same pipeline (and limits) as a save. Stores nothing; members only, because
// rendering costs CPU a visitor should not be able to spend.
export const POST = withDatabaseRetry(async function POST(request: Request): Promise<Response> {
  const caller = await author(request, { changes: true });
  if (!caller.ok) return caller.response;
  const limited = await consumeMemberLimit(MEMBER_LIMITS.preview, caller.user.id, "previews");
  if (limited) return privately(limited);
  const body = await readDraftBody(request, previewSchema);
  if (!body.ok) return body.response;
  const preview = await previewMarkdown(body.data.bodyMarkdown);
  if (!preview.ok) return privately(validationProblem(preview.errors));
  const { html, wordCount, readingMinutes } = preview;
  return Response.json({ html, wordCount, readingMinutes }, { headers: PRIVATE });
});
