import { parseRouteId } from "@/lib/api/route-id";
import { apiCaller } from "@/lib/api/caller";
import { DRAFT_FIELDS, checkDraft, mergeDraft, readDraftJson } from "@/lib/api/draft-requests";
import { draftNotFound, outcomeResponse, privately } from "@/lib/api/draft-responses";
import { getOwnDraft, submitDraft } from "@/lib/authoring/drafts";
import { draftSaveSchema } from "@/lib/validation/drafts";
import { withDatabaseRetry } from "@/lib/http/unavailable";

type Context = RouteContext<"/api/v1/drafts/[id]/submit">;

// POST /api/v1/drafts/[id]/submit { version, …fields } → { draft } (SUBMITTED) | 422 naming each
// field that misses the submission guidelines | 409 | 404. Like PUT, fields left out keep their
// saved values, so { "version": n } submits the draft as saved.
export const POST = withDatabaseRetry(async function POST(
  request: Request,
  { params }: Context,
): Promise<Response> {
  const auth = await apiCaller(request, "write");
  if (!auth.ok) return privately(auth.response);
  const id = parseRouteId((await params).id);
  if (id === null) return draftNotFound();
  const body = await readDraftJson(request, [...DRAFT_FIELDS, "version"]);
  if (!body.ok) return privately(body.response);
  const current = await getOwnDraft(auth.caller.userId, id);
  if (!current) return draftNotFound();
  const input = checkDraft(draftSaveSchema, mergeDraft(current, body.data));
  if (!input.ok) return privately(input.response);
  return outcomeResponse(await submitDraft(auth.caller.userId, id, input.data));
});
