import { createResourceAsEditor } from "@/lib/resources/admin";
import { createResourceSchema } from "@/lib/resources/input";
import { editor, readResourceBody, writeResponse } from "./_lib/respond";

/**
 * POST /api/editor/resources { kind, title, slug?, number?, summary, bodyMarkdown, authorIds,
 * zoneIds, coverImageUrl?, pdfKey?, published } → 201 { resource }: an editor creates a Refcard
 * (numbered automatically unless a number is given) or a Trend Report. 422 names each bad field.
 */
export async function POST(request: Request): Promise<Response> {
  const caller = await editor(request, { changes: true });
  if (!caller.ok) return caller.response;
  const body = await readResourceBody(request, createResourceSchema);
  if (!body.ok) return body.response;
  const { kind, ...fields } = body.data;
  return writeResponse(await createResourceAsEditor(caller.user.id, kind, fields), 201);
}
