import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { MAX_ACTIVE_TOKENS, type ApiTokenView } from "@/lib/api/token-input";
import { db } from "./client";

// Personal tokens for the authoring API (DESIGN.md §3 ApiToken). The raw token is returned once,
// at creation, and only its sha256 is stored: a leaked database or backup gives no usable token.
// sha256 rather than a slow password hash is enough because the token is 256 random bits, not
// something a person chose, and it keeps the per-request lookup a single index probe.

/** Recognisable in logs, config files and secret scanners. */
export const API_TOKEN_PREFIX = "zp_";

/** `zp_` + 32 random bytes in base64url (43 characters). */
export const API_TOKEN_PATTERN = /^zp_[A-Za-z0-9_-]{43}$/;

/** lastUsedAt is informational: one write a minute per token, not one per request. */
const LAST_USED_RESOLUTION_MS = 60_000;

export function hashApiToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

function toView(row: { id: number; name: string; createdAt: Date; lastUsedAt: Date | null }): ApiTokenView {
  return {
    id: row.id,
    name: row.name,
    createdAt: row.createdAt.toISOString(),
    lastUsedAt: row.lastUsedAt?.toISOString() ?? null,
  };
}

const viewSelect = { id: true, name: true, createdAt: true, lastUsedAt: true } as const;

/** The member's active (not revoked) tokens, newest first. */
export async function listApiTokens(userId: number): Promise<ApiTokenView[]> {
  const rows = await db.apiToken.findMany({
    where: { userId, revokedAt: null },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: viewSelect,
  });
  return rows.map(toView);
}

export type CreateApiTokenResult =
  { ok: true; token: string; apiToken: ApiTokenView } | { ok: false; reason: "limit" | "duplicate-name" };

/**
 * Creates a token named `name` and returns it in the clear, the only time it exists outside
 * the caller's hands. The member's row is locked so two concurrent creations cannot both pass
 * the limit of active tokens.
 */
export async function createApiToken(userId: number, name: string): Promise<CreateApiTokenResult> {
  const token = `${API_TOKEN_PREFIX}${randomBytes(32).toString("base64url")}`;
  return db.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT id FROM "User" WHERE id = ${userId}::int FOR UPDATE`;
    const active = await tx.apiToken.findMany({
      where: { userId, revokedAt: null },
      select: { name: true },
    });
    if (active.length >= MAX_ACTIVE_TOKENS) return { ok: false, reason: "limit" } as const;
    // Names are how the member tells tokens apart when revoking one.
    const lower = name.toLowerCase();
    if (active.some((row) => row.name.toLowerCase() === lower)) {
      return { ok: false, reason: "duplicate-name" } as const;
    }
    const row = await tx.apiToken.create({
      data: { userId, name, tokenHash: hashApiToken(token) },
      select: viewSelect,
    });
    return { ok: true, token, apiToken: toView(row) } as const;
  });
}

/** Revokes one of the member's own tokens; false when it is unknown, not theirs or already revoked. */
export async function revokeApiToken(userId: number, id: number): Promise<boolean> {
  const { count } = await db.apiToken.updateMany({
    where: { id, userId, revokedAt: null },
    data: { revokedAt: new Date() },
  });
  return count === 1;
}

export interface ApiTokenOwner {
  tokenId: number;
  userId: number;
  username: string;
  suspended: boolean;
}

/**
 * The owner of the active token with this hash, or null for unknown and revoked tokens. Marks
 * the token used, at most once a minute; the conditional update keeps concurrent requests from
 * moving it back.
 */
export async function findApiTokenOwner(tokenHash: string, now = new Date()): Promise<ApiTokenOwner | null> {
  const row = await db.apiToken.findUnique({
    where: { tokenHash },
    select: {
      id: true,
      revokedAt: true,
      lastUsedAt: true,
      user: { select: { id: true, username: true, suspendedAt: true } },
    },
  });
  if (!row || row.revokedAt) return null;
  const stale = new Date(now.getTime() - LAST_USED_RESOLUTION_MS);
  if (!row.lastUsedAt || row.lastUsedAt < stale) {
    await db.apiToken.updateMany({
      where: { id: row.id, OR: [{ lastUsedAt: null }, { lastUsedAt: { lt: stale } }] },
      data: { lastUsedAt: now },
    });
  }
  return {
    tokenId: row.id,
    userId: row.user.id,
    username: row.user.username,
    suspended: row.user.suspendedAt !== null,
  };
}
