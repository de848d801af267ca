import { revalidateTag } from "next/cache";
import { getCurrentUser } from "@/lib/auth/guards";
import { TAGS } from "@/lib/cache/tags";
import { getLikeState, likeArticle, unlikeArticle, type LikeState } from "@/lib/db/likes";
import { notFoundProblem, unauthorized } from "@/lib/http/problem";
import { crossSiteProblem, isSameOrigin } from "@/lib/http/request";

// /api/articles/[id]/like: the like button's island (components/article/like-button.tsx).
// The article page is cached and the same for everyone; the signed-in member's state comes
// from here, so these answers are never stored by a browser or proxy.

type Context = RouteContext<"/api/articles/[id]/like">;

const PRIVATE = { "Cache-Control": "private, no-store", Vary: "Cookie" };
const NOT_FOUND = "There is no published article with this id.";

/** The id as a Postgres int, or null for anything else ("12abc", "0", "99999999999"). */
function articleIdOf(raw: string): number | null {
  return /^[1-9][0-9]{0,9}$/.test(raw) && Number(raw) <= 2_147_483_647 ? Number(raw) : null;
}

/** GET → { liked, likeCount, signedIn }; signed-out readers get liked: false. */
export async function GET(_request: Request, { params }: Context): Promise<Response> {
  const articleId = articleIdOf((await params).id);
  if (articleId === null) return notFoundProblem(NOT_FOUND);
  const user = await getCurrentUser();
  const state = await getLikeState(user?.id ?? null, articleId);
  if (!state) return notFoundProblem(NOT_FOUND);
  return Response.json({ ...state, signedIn: user !== null }, { headers: PRIVATE });
}

/** PUT → like (idempotent) → { liked: true, likeCount }. */
export async function PUT(request: Request, context: Context): Promise<Response> {
  return change(request, context, likeArticle);
}

/** DELETE → unlike (idempotent) → { liked: false, likeCount }. */
export async function DELETE(request: Request, context: Context): Promise<Response> {
  return change(request, context, unlikeArticle);
}

async function change(request: Request, { params }: Context, write: typeof likeArticle): Promise<Response> {
  if (!isSameOrigin(request)) return crossSiteProblem();
  const user = await getCurrentUser();
  if (!user) return unauthorized("Log in to like articles.");
  const articleId = articleIdOf((await params).id);
  if (articleId === null) return notFoundProblem(NOT_FOUND);

  const result = await write(user.id, articleId);
  if (!result) return notFoundProblem(NOT_FOUND);
  // The cached article page shows the count to anonymous readers: serve the old page once more
  // and render it again in the background. A repeated like changed nothing and costs nothing.
  if (result.changed) revalidateTag(TAGS.article(articleId), "max");
  const body: LikeState = { liked: result.liked, likeCount: result.likeCount };
  return Response.json(body, { headers: PRIVATE });
}
