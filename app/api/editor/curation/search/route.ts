import { curationCaller, slotFromSegment } from "@/lib/curation/editor-request";
import { candidateQuerySchema } from "@/lib/curation/schema";
import { slotAccepts } from "@/lib/curation/slots";
import { searchCurationCandidates } from "@/lib/db/curation-items";
import { fieldErrors, validationProblem } from "@/lib/http/problem";
import { controlCharacterParam } from "@/lib/http/request";

/**
 * GET /api/editor/curation/search?slot=<key>&q=<title words>&kind=all|article|resource: the
 * picker's results, at most 20 published items whose title contains `q`, newest first. For the
 * home Spotlight (articles only) resources are never offered.
 */
export async function GET(request: Request) {
  const caller = await curationCaller();
  if (!caller.ok) return caller.response;
  const refused = controlCharacterParam(request);
  if (refused) return refused;
  const { slot: segment = "", ...query } = Object.fromEntries(new URL(request.url).searchParams);
  const slot = slotFromSegment(segment);
  if (!slot.ok) return slot.response;
  const parsed = candidateQuerySchema.safeParse(query);
  if (!parsed.success) return validationProblem(fieldErrors(parsed.error));
  const items = await searchCurationCandidates(parsed.data, !slotAccepts(slot.key, "resource"), new Date());
  return Response.json({ items }, { headers: { "Cache-Control": "no-store" } });
}
