// How the "first render after invalidation" scenario expires the articles it is about to request.
import { TAGS } from "@/lib/cache/tags";
import { requestRevalidation } from "@/lib/editorial/revalidate-request";

/**
 * Expires the cache entries of these articles (their `article:<id>` tag, at once) through the
 * signed endpoint the editorial jobs use — what a re-render or an edit does to one article.
 * 50 tags per request is the endpoint's limit.
 */
export async function expireArticles(origin: string, ids: number[]): Promise<void> {
  for (let i = 0; i < ids.length; i += 50) {
    await requestRevalidation(
      ids.slice(i, i + 50).map((id) => TAGS.article(id)),
      origin,
    );
  }
}
