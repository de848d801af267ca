import { pluralize } from "@/lib/format";

/**
 * The article's like count as every reader sees it (part of the cached page). The accounts
 * issue replaces this with a `<LikeButton articleId initialCount>` client island inside a
 * Suspense boundary, so the page itself stays cacheable; keep the same spot and text.
 */
export function LikeCount({ count }: { count: number }) {
  return <span data-like-count={count}>{pluralize(count, "Like")}</span>;
}
