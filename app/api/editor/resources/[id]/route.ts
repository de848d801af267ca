import { parseRouteId } from "@/lib/api/route-id";
import { notFoundProblem } from "@/lib/http/problem";
import { saveResourceAsEditor } from "@/lib/resources/admin";
import { updateResourceSchema } from "@/lib/resources/input";
import { editor, readResourceBody, writeResponse } from "../_lib/respond";

/**
 * PUT /api/editor/resources/[id] { …the create fields without kind, updatedAt } → { resource }:
 * an editor saves a Refcard or Trend Report. `updatedAt` is the version the form loaded; when
 * someone saved since, 409 answers with what is stored now and nothing is overwritten.
 */
export async function PUT(request: Request, { params }: RouteContext<"/api/editor/resources/[id]">) {
  const caller = await editor(request, { changes: true });
  if (!caller.ok) return caller.response;
  const id = parseRouteId((await params).id);
  if (id === null) return notFoundProblem("There is no resource with this id.");
  const body = await readResourceBody(request, updateResourceSchema);
  if (!body.ok) return body.response;
  const { updatedAt, ...fields } = body.data;
  return writeResponse(await saveResourceAsEditor(caller.user.id, id, fields, new Date(updatedAt)), 200);
}
