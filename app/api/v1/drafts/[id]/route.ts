import { parseRouteId } from "@/lib/api/route-id";
import { apiCaller } from "@/lib/api/caller";
import { DRAFT_FIELDS, checkDraft, mergeDraft, readDraftJson } from "@/lib/api/draft-requests";
import { draftNotFound, draftResponse, outcomeResponse, privately } from "@/lib/api/draft-responses";
import { getOwnDraft, saveDraft } from "@/lib/authoring/drafts";
import { draftSaveSchema } from "@/lib/validation/drafts";
import { withDatabaseRetry } from "@/lib/http/unavailable";

type Context = RouteContext<"/api/v1/drafts/[id]">;

// GET /api/v1/drafts/[id] → { draft }: one of the token owner's articles, with the `version` an
// update must name. Other members' ids answer 404 like unknown ones.
export const GET = withDatabaseRetry(async function GET(
  request: Request,
  { params }: Context,
): Promise<Response> {
  const auth = await apiCaller(request, "read");
  if (!auth.ok) return privately(auth.response);
  const id = parseRouteId((await params).id);
  const draft = id === null ? null : await getOwnDraft(auth.caller.userId, id);
  return draft ? draftResponse(draft) : draftNotFound();
});

// PUT /api/v1/drafts/[id] { version, …fields } → { draft } | 409 conflict (with `current`) |
// 409 not editable | 422 | 404. Fields left out keep their saved values; `version` is required,
// so a script never overwrites a save it has not seen.
export const PUT = withDatabaseRetry(async function PUT(
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
  // The merge base is safe: the save only applies if the draft is still at `version`.
  const input = checkDraft(draftSaveSchema, mergeDraft(current, body.data));
  if (!input.ok) return privately(input.response);
  return outcomeResponse(await saveDraft(auth.caller.userId, id, input.data));
});
