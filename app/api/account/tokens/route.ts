import {
  MAX_ACTIVE_TOKENS,
  createTokenSchema,
  type CreatedTokenResponse,
  type TokenListResponse,
} from "@/lib/api/token-input";
import { getCurrentUser } from "@/lib/auth/guards";
import { createApiToken, listApiTokens } from "@/lib/db/api-tokens";
import { unauthorized, validationProblem } from "@/lib/http/problem";
import { crossSiteProblem, isSameOrigin, parseBody } from "@/lib/http/request";
import { logger } from "@/lib/logger";

const PRIVATE = { "Cache-Control": "private, no-store" };

// GET /api/account/tokens: the signed-in member's active API tokens (never the tokens themselves).
export async function GET(): Promise<Response> {
  const user = await getCurrentUser();
  if (!user) return unauthorized();
  const body: TokenListResponse = { tokens: await listApiTokens(user.id) };
  return Response.json(body, { headers: PRIVATE });
}

// POST /api/account/tokens { name }: creates a token for the authoring API and shows it once.
export async function POST(request: Request): Promise<Response> {
  if (!isSameOrigin(request)) return crossSiteProblem();
  const user = await getCurrentUser();
  if (!user) return unauthorized();
  const parsed = await parseBody(request, createTokenSchema);
  if (!parsed.ok) return parsed.response;

  const result = await createApiToken(user.id, parsed.data.name);
  if (!result.ok) {
    return validationProblem(
      result.reason === "limit"
        ? { name: `You already have ${MAX_ACTIVE_TOKENS} tokens; revoke one you no longer use first` }
        : { name: "You already have a token with this name; choose another" },
    );
  }
  logger.info(
    { event: "api-token.create", userId: user.id, tokenId: result.apiToken.id },
    "API token created",
  );
  const body: CreatedTokenResponse = { token: result.token, apiToken: result.apiToken };
  return Response.json(body, { status: 201, headers: PRIVATE });
}
