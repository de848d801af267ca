import { submitDraft } from "@/lib/authoring/drafts";
import { draftSaveSchema } from "@/lib/validation/drafts";
import { author, draftIdOf, draftNotFound, outcomeResponse, readDraftBody } from "../../_lib/respond";
import { withDatabaseRetry } from "@/lib/http/unavailable";

type Context = RouteContext<"/api/drafts/[id]/submit">;

// POST /api/drafts/[id]/submit: save what the editor holds and submit it for review →
// { draft } (SUBMITTED) | 422 naming each field that misses the guidelines | 409 | 404.
export const POST = withDatabaseRetry(async function POST(
  request: Request,
  { params }: Context,
): Promise<Response> {
  const caller = await author(request, { changes: true });
  if (!caller.ok) return caller.response;
  const id = draftIdOf((await params).id);
  if (id === null) return draftNotFound();
  const body = await readDraftBody(request, draftSaveSchema);
  if (!body.ok) return body.response;
  return outcomeResponse(await submitDraft(caller.user.id, id, body.data));
});
