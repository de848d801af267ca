import "server-only";
import { API_TOKEN_PATTERN, findApiTokenOwner, hashApiToken } from "@/lib/db/api-tokens";
import { problem } from "@/lib/http/problem";

// Who is calling the authoring API (/api/v1): the owner of the personal token in the
// Authorization header, and nothing else. Cookies are never read, so a browser visiting a
// hostile page cannot make requests on a member's behalf and the API needs no CSRF check.
// Failures follow RFC 6750 §3: 401 with a WWW-Authenticate challenge.

const REALM = 'Bearer realm="zonepress"';

export interface ApiCaller {
  userId: number;
  tokenId: number;
}

export type BearerResult = { ok: true; caller: ApiCaller } | { ok: false; response: Response };

function refused(detail: string, error?: "invalid_request" | "invalid_token"): BearerResult {
  // The detail stays in the body: header values must be plain ASCII and it is not.
  const challenge = error ? `${REALM}, error="${error}"` : REALM;
  return {
    ok: false,
    response: problem({
      status: 401,
      title: "Not authenticated",
      detail,
      code: error === "invalid_token" ? "invalid-token" : "unauthenticated",
      headers: { "WWW-Authenticate": challenge },
    }),
  };
}

/** The bearer token of the request, "" when there is no Authorization header, null when malformed. */
function bearerToken(request: Request): string | null {
  const header = request.headers.get("authorization");
  if (header === null) return "";
  const match = /^Bearer +(\S+) *$/i.exec(header);
  return match ? match[1]! : null;
}

/**
 * The caller of an authoring API request, or the 401 to answer. Unknown, revoked and malformed
 * tokens are told apart from a missing header, not from each other; a suspended member's tokens
 * stop working for as long as the suspension lasts.
 */
export async function authenticateBearer(request: Request): Promise<BearerResult> {
  const token = bearerToken(request);
  if (token === "") return refused("Send a personal API token: Authorization: Bearer zp_…");
  if (token === null) return refused("Use the Bearer scheme: Authorization: Bearer zp_…", "invalid_request");
  // The format check spares the database a lookup for something that cannot be a token.
  const owner = API_TOKEN_PATTERN.test(token) ? await findApiTokenOwner(hashApiToken(token)) : null;
  if (!owner) return refused("This token is unknown or has been revoked", "invalid_token");
  if (owner.suspended) return refused("The account this token belongs to is suspended", "invalid_token");
  return { ok: true, caller: { userId: owner.userId, tokenId: owner.tokenId } };
}
