import { deleteDraft, getOwnDraft, saveDraft } from "@/lib/authoring/drafts";
import { problem } from "@/lib/http/problem";
import { draftSaveSchema } from "@/lib/validation/drafts";
import {
  PRIVATE,
  author,
  draftIdOf,
  draftNotFound,
  outcomeResponse,
  privately,
  readDraftBody,
} from "../_lib/respond";
import { withDatabaseRetry } from "@/lib/http/unavailable";

// /api/drafts/[id]: one of the signed-in author's articles. Others' ids answer exactly like
// unknown ones (404), so ids reveal nothing about other members' drafts.

type Context = RouteContext<"/api/drafts/[id]">;

/** GET → { draft }. */
export const GET = withDatabaseRetry(async function GET(
  request: Request,
  { params }: Context,
): Promise<Response> {
  const caller = await author(request, { changes: false });
  if (!caller.ok) return caller.response;
  const id = draftIdOf((await params).id);
  const draft = id === null ? null : await getOwnDraft(caller.user.id, id);
  return draft ? Response.json({ draft }, { headers: PRIVATE }) : draftNotFound();
});

/** PUT DraftInput + version → { draft } | 409 conflict with `current` | 409 not-editable | 422. */
export const PUT = withDatabaseRetry(async function PUT(
  request: Request,
  { params }: Context,
): Promise<Response> {
  const caller = await author(request, { changes: true });
  if (!caller.ok) return caller.response;
  const id = draftIdOf((await params).id);
  if (id === null) return draftNotFound();
  const body = await readDraftBody(request, draftSaveSchema);
  if (!body.ok) return body.response;
  return outcomeResponse(await saveDraft(caller.user.id, id, body.data));
});

/** DELETE → 204; only drafts (409 otherwise). */
export const DELETE = withDatabaseRetry(async function DELETE(
  request: Request,
  { params }: Context,
): Promise<Response> {
  const caller = await author(request, { changes: true });
  if (!caller.ok) return caller.response;
  const id = draftIdOf((await params).id);
  if (id === null) return draftNotFound();
  const result = await deleteDraft(caller.user.id, id);
  if (result.ok) return new Response(null, { status: 204, headers: PRIVATE });
  if (result.kind === "not-found") return draftNotFound();
  return privately(
    problem({
      status: 409,
      title: "Not a draft",
      detail: result.message ?? "Only drafts can be deleted.",
      code: "not-editable",
    }),
  );
});
