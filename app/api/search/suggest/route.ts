import { getCachedSuggestions } from "@/components/search/search-data";
import { consumeIpLimit, PUBLIC_LIMITS, rateLimitHeaders } from "@/lib/api/public/rate-limit";
import { clientIp } from "@/lib/http/request";
import { tooManyRequests } from "@/lib/rate-limit/respond";
import { contentPath, suggestionWords } from "@/lib/search/query";
import type { SuggestResponse } from "@/lib/search/suggestions";

// GET /api/search/suggest?q=kube → { suggestions: [{ type, title, href }] }: up to 8 published
// titles with words starting with what was typed, for the header search box. The same for
// everyone (cached on the server per query); the browser keeps an answer for a minute, and
// shared caches none, since the rate-limit headers are the caller's own. Counted per IP.
export async function GET(request: Request): Promise<Response> {
  const spec = PUBLIC_LIMITS.suggest;
  const limit = await consumeIpLimit(spec, clientIp(request));
  const limitHeaders = rateLimitHeaders(spec, limit);
  if (!limit.allowed) {
    return tooManyRequests({
      retryAfterSeconds: limit.resetSeconds,
      detail: `Suggestions are limited to ${limit.limit} a minute; try again in ${limit.resetSeconds} s`,
      headers: limitHeaders,
    });
  }
  const words = suggestionWords(new URL(request.url).searchParams.get("q") ?? "");
  const titles = words.length === 0 ? [] : await getCachedSuggestions(words);
  const body: SuggestResponse = {
    suggestions: titles.map(({ type, title, slug }) => ({ type, title, href: contentPath(type, slug) })),
  };
  return Response.json(body, { headers: { "Cache-Control": "private, max-age=60", ...limitHeaders } });
}
