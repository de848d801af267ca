import { apiCaller } from "@/lib/api/caller";
import { DRAFT_FIELDS, checkDraft, readDraftJson } from "@/lib/api/draft-requests";
import { outcomeResponse, privately } from "@/lib/api/draft-responses";
import { createDraft } from "@/lib/authoring/drafts";
import { draftInputSchema } from "@/lib/validation/drafts";
import { withDatabaseRetry } from "@/lib/http/unavailable";

// POST /api/v1/drafts (Authorization: Bearer zp_…) { title, summary, bodyMarkdown, zoneId, tags,
// coverImageUrl } → 201 { draft } with Location. The same service and rules as the writing page:
// a draft needs a zone, the guidelines are checked when it is submitted. docs/api.md.
export const POST = withDatabaseRetry(async function POST(request: Request): Promise<Response> {
  const auth = await apiCaller(request, "write");
  if (!auth.ok) return privately(auth.response);
  const body = await readDraftJson(request, DRAFT_FIELDS);
  if (!body.ok) return privately(body.response);
  const input = checkDraft(draftInputSchema, body.data);
  if (!input.ok) return privately(input.response);
  return outcomeResponse(await createDraft(auth.caller.userId, input.data), 201);
});
