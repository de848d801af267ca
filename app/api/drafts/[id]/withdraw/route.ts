import { withdrawDraft } from "@/lib/authoring/drafts";
import { author, draftIdOf, draftNotFound, outcomeResponse } from "../../_lib/respond";
import { withDatabaseRetry } from "@/lib/http/unavailable";

type Context = RouteContext<"/api/drafts/[id]/withdraw">;

// POST /api/drafts/[id]/withdraw: SUBMITTED → DRAFT, so the author can edit again → { draft }.
export const POST = withDatabaseRetry(async function POST(
  request: Request,
  { params }: Context,
): Promise<Response> {
  const caller = await author(request, { changes: true });
  if (!caller.ok) return caller.response;
  const id = draftIdOf((await params).id);
  if (id === null) return draftNotFound();
  return outcomeResponse(await withdrawDraft(caller.user.id, id));
});
