import { isCountedVisitor } from "@/lib/views/bot";
import { processViewBuffer } from "@/lib/views/buffer";
import { parseViewBeacon, readBoundedText, viewProblem } from "@/lib/views/input";

// The article page's view beacon (components/article/view-beacon.tsx). It only records into
// this instance's in-memory buffer; instrumentation.ts flushes the buffer in batches, so the
// request path never touches the database and the article HTML stays cacheable.
export async function POST(request: Request): Promise<Response> {
  const parsed = parseViewBeacon(await readBoundedText(request));
  if (!parsed.ok) return viewProblem(parsed.errors);
  // Crawlers get the same answer as readers, they are just not counted.
  if (isCountedVisitor(request.headers.get("user-agent"))) {
    processViewBuffer().record(parsed.beacon.articleId);
  }
  return new Response(null, { status: 204, headers: { "Cache-Control": "no-store" } });
}
