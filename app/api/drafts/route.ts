import { createDraft } from "@/lib/authoring/drafts";
import { draftInputSchema } from "@/lib/validation/drafts";
import { author, outcomeResponse, readDraftBody } from "./_lib/respond";
import { withDatabaseRetry } from "@/lib/http/unavailable";

// POST /api/drafts: the writing page's first save → 201 { draft } (then PUT /api/drafts/[id]).
export const POST = withDatabaseRetry(async function POST(request: Request): Promise<Response> {
  const caller = await author(request, { changes: true });
  if (!caller.ok) return caller.response;
  const body = await readDraftBody(request, draftInputSchema);
  if (!body.ok) return body.response;
  return outcomeResponse(await createDraft(caller.user.id, body.data), 201);
});
