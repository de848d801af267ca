import { controlCharacterParam } from "@/lib/http/request";
import { searchAuthorCandidates } from "@/lib/db/resource-admin";
import { editor, PRIVATE } from "../_lib/respond";

/** GET /api/editor/resources/authors?q= → { members: [{ id, name, username }] }: the author picker. */
export async function GET(request: Request): Promise<Response> {
  const caller = await editor(request, { changes: false });
  if (!caller.ok) return caller.response;
  const refused = controlCharacterParam(request);
  if (refused) return refused;
  const query = new URL(request.url).searchParams.get("q") ?? "";
  return Response.json({ members: await searchAuthorCandidates(query) }, { headers: PRIVATE });
}
