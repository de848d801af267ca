import { z } from "zod";

// Personal API token inputs and limits, shared by the settings form (hints, maxLength) and the
// route handlers under app/api/account/tokens.

export const TOKEN_NAME_MAX_LENGTH = 60;

/** A handful is plenty for a laptop and a few CI pipelines; more is usually a leak waiting. */
export const MAX_ACTIVE_TOKENS = 10;

export const createTokenSchema = z.object({
  name: z
    .string({ error: "Name the token, e.g. the script or CI job that uses it" })
    .trim()
    .min(1, { error: "Name the token, e.g. the script or CI job that uses it" })
    .max(TOKEN_NAME_MAX_LENGTH, { error: `Use at most ${TOKEN_NAME_MAX_LENGTH} characters` }),
});

export type CreateTokenInput = z.infer<typeof createTokenSchema>;

/** What the settings page shows of a token: never the token itself, which exists only once. */
export interface ApiTokenView {
  id: number;
  name: string;
  createdAt: string;
  lastUsedAt: string | null;
}

/** POST /api/account/tokens answers 201 with this. */
export interface CreatedTokenResponse {
  /** The token in the clear: this response is the only time anyone sees it. */
  token: string;
  apiToken: ApiTokenView;
}

/** GET /api/account/tokens. */
export interface TokenListResponse {
  tokens: ApiTokenView[];
}
