import "server-only";
import { authenticateBearer, type ApiCaller } from "./bearer";
import { consumeApiLimit, type ApiLimitKind } from "./rate-limit";

export type { ApiCaller };

/**
 * The authenticated caller of an authoring API request, with the request counted against the
 * token's `kind` limit; otherwise the 401 or 429 to answer. Limits are checked before the body
 * is read, so a throttled client costs no parsing or rendering.
 */
export async function apiCaller(
  request: Request,
  kind: ApiLimitKind,
): Promise<{ ok: true; caller: ApiCaller } | { ok: false; response: Response }> {
  const auth = await authenticateBearer(request);
  if (!auth.ok) return auth;
  const throttled = await consumeApiLimit(kind, auth.caller.tokenId);
  return throttled ? { ok: false, response: throttled } : auth;
}
