import { parseRouteId } from "@/lib/api/route-id";
import { getCurrentUser } from "@/lib/auth/guards";
import { revokeApiToken } from "@/lib/db/api-tokens";
import { notFoundProblem, unauthorized } from "@/lib/http/problem";
import { crossSiteProblem, isSameOrigin } from "@/lib/http/request";
import { logger } from "@/lib/logger";

// DELETE /api/account/tokens/[id]: revokes one of the member's own tokens. Scripts using it get
// 401 from their next request on. Someone else's token id answers like an unknown one.
export async function DELETE(request: Request, { params }: RouteContext<"/api/account/tokens/[id]">) {
  if (!isSameOrigin(request)) return crossSiteProblem();
  const user = await getCurrentUser();
  if (!user) return unauthorized();
  const { id: rawId } = await params;
  const id = parseRouteId(rawId);
  if (id === null || !(await revokeApiToken(user.id, id))) {
    return notFoundProblem("There is no active token with this id.");
  }
  logger.info({ event: "api-token.revoke", userId: user.id, tokenId: id }, "API token revoked");
  return new Response(null, { status: 204, headers: { "Cache-Control": "private, no-store" } });
}
