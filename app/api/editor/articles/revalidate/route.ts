import { expireReaderTags } from "@/lib/editorial/reader-tags";
import { SIGNATURE_HEADER, verifyRevalidation } from "@/lib/editorial/revalidate-request";
import { problem } from "@/lib/http/problem";
import { readBoundedText } from "@/lib/http/request";

// POST /api/editor/articles/revalidate: not for browsers. Jobs that publish outside a request
// (lib/editorial/scheduled-publish.ts) ask the server to expire reader caches here, since only a
// request may call revalidateTag. The body is signed with a key derived from AUTH_SECRET and
// holds only cache tag names; anything unsigned, stale or malformed is refused.
export async function POST(request: Request): Promise<Response> {
  const body = await readBoundedText(request, 8 * 1024);
  const tags = body === null ? null : verifyRevalidation(body, request.headers.get(SIGNATURE_HEADER));
  if (!tags) {
    return problem({
      status: 401,
      title: "Not signed",
      detail: "Only this site's own jobs may ask for cache revalidation.",
      code: "bad-signature",
    });
  }
  expireReaderTags(tags);
  return new Response(null, { status: 204, headers: { "Cache-Control": "no-store" } });
}
