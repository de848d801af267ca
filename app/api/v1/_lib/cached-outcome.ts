import { cacheLife, cacheTag } from "next/cache";
import { withEtag } from "@/components/feed/feed-document";
import { ENDPOINTS, loadEndpoint, type EndpointName, type Outcome } from "@/lib/api/public/endpoints";

export type RenderedOutcome =
  { ok: true; body: string; etag: string; next: string | null } | Extract<Outcome, { ok: false }>;

/**
 * An endpoint's answer, serialised, with its ETag. Cached per endpoint and parsed parameters
 * for a minute or until a write revalidates one of its tags; the body is parsed through the
 * endpoint's response schema first, so only listed fields ever leave (never an email address).
 */
export async function getCachedOutcome(name: EndpointName, input: unknown): Promise<RenderedOutcome> {
  "use cache";
  cacheLife("minutes");
  const tags = new Set<string>();
  const outcome = await loadEndpoint(name, input, (...more) => more.forEach((tag) => tags.add(tag)));
  cacheTag(...tags);
  if (!outcome.ok) return outcome;
  const { body, etag } = withEtag(JSON.stringify(ENDPOINTS[name].response.parse(outcome.body)));
  return { ok: true, body, etag, next: outcome.next };
}
