import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { authenticateBearer } from "@/lib/api/bearer";
import { MAX_ACTIVE_TOKENS } from "@/lib/api/token-input";
import {
  API_TOKEN_PATTERN,
  createApiToken,
  findApiTokenOwner,
  hashApiToken,
  listApiTokens,
  revokeApiToken,
} from "@/lib/db/api-tokens";
import { db } from "@/lib/db/client";
import { createUser } from "@/tests/factories/users";

async function newToken(userId: number, name = "CI"): Promise<string> {
  const result = await createApiToken(userId, name);
  if (!result.ok) throw new Error(`token not created: ${result.reason}`);
  return result.token;
}

function apiRequest(authorization?: string, cookie?: string): Request {
  const headers = new Headers();
  if (authorization !== undefined) headers.set("Authorization", authorization);
  if (cookie) headers.set("Cookie", cookie);
  return new Request("http://localhost:3000/api/v1/drafts", { method: "POST", headers });
}

async function refusal(request: Request) {
  const result = await authenticateBearer(request);
  if (result.ok) throw new Error("expected the request to be refused");
  return {
    status: result.response.status,
    challenge: result.response.headers.get("www-authenticate"),
    type: result.response.headers.get("content-type"),
    body: (await result.response.json()) as { code: string; detail: string },
  };
}

describe("API token storage", () => {
  it("returns a zp_ token once and stores only its sha256", async () => {
    const user = await createUser();
    const result = await createApiToken(user.id, "laptop");
    if (!result.ok) throw new Error(result.reason);
    expect(result.token).toMatch(API_TOKEN_PATTERN);
    expect(result.apiToken).toMatchObject({ name: "laptop", lastUsedAt: null });

    const rows = await db.apiToken.findMany({ where: { userId: user.id } });
    expect(rows).toHaveLength(1);
    expect(rows[0]!.tokenHash).toBe(createHash("sha256").update(result.token).digest("hex"));
    // No column holds the token or its random part, in any form.
    const stored = JSON.stringify(rows);
    expect(stored).not.toContain(result.token);
    expect(stored).not.toContain(result.token.slice(3));
    // The list never carries the hash either.
    expect(JSON.stringify(await listApiTokens(user.id))).not.toContain(rows[0]!.tokenHash);
  });

  it("creates a different token every time", async () => {
    const user = await createUser();
    const tokens = new Set(await Promise.all(["a", "b", "c"].map((name) => newToken(user.id, name))));
    expect(tokens.size).toBe(3);
  });

  it(`allows ${MAX_ACTIVE_TOKENS} active tokens, also when created concurrently, and unique names`, async () => {
    const user = await createUser();
    const results = await Promise.all(
      Array.from({ length: MAX_ACTIVE_TOKENS + 3 }, (_, i) => createApiToken(user.id, `token ${i}`)),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(MAX_ACTIVE_TOKENS);
    expect(results.filter((r) => !r.ok).map((r) => !r.ok && r.reason)).toEqual(["limit", "limit", "limit"]);
    expect(await listApiTokens(user.id)).toHaveLength(MAX_ACTIVE_TOKENS);

    // A revoked token frees its place; its name may be used again, an active one's may not.
    const [first] = await listApiTokens(user.id);
    expect(await revokeApiToken(user.id, first!.id)).toBe(true);
    const second = (await listApiTokens(user.id))[0]!;
    expect(await createApiToken(user.id, second.name.toUpperCase())).toEqual({
      ok: false,
      reason: "duplicate-name",
    });
    expect((await createApiToken(user.id, first!.name)).ok).toBe(true);
  });

  it("revokes only the member's own active tokens", async () => {
    const owner = await createUser();
    const other = await createUser();
    await newToken(owner.id);
    const [token] = await listApiTokens(owner.id);
    expect(await revokeApiToken(other.id, token!.id)).toBe(false);
    expect(await listApiTokens(owner.id)).toHaveLength(1);
    expect(await revokeApiToken(owner.id, token!.id)).toBe(true);
    expect(await revokeApiToken(owner.id, token!.id)).toBe(false);
    expect(await listApiTokens(owner.id)).toEqual([]);
    const row = await db.apiToken.findUniqueOrThrow({ where: { id: token!.id } });
    expect(row.revokedAt).toBeInstanceOf(Date);
  });
});

describe("authenticateBearer", () => {
  it("accepts the owner's active token", async () => {
    const user = await createUser();
    const token = await newToken(user.id);
    const result = await authenticateBearer(apiRequest(`Bearer ${token}`));
    expect(result.ok && result.caller.userId).toBe(user.id);
    // The scheme is case-insensitive (RFC 7235).
    expect((await authenticateBearer(apiRequest(`bearer ${token}`))).ok).toBe(true);
  });

  it("refuses a missing header with a Bearer challenge, even when a session cookie is sent", async () => {
    const refused = await refusal(apiRequest(undefined, "zonepress.session=anything"));
    expect(refused.status).toBe(401);
    expect(refused.challenge).toBe('Bearer realm="zonepress"');
    expect(refused.type).toBe("application/problem+json");
  });

  it("refuses malformed, unknown and revoked tokens as invalid_token", async () => {
    const user = await createUser();
    const token = await newToken(user.id);
    expect((await refusal(apiRequest(`Basic ${token}`))).challenge).toContain('error="invalid_request"');
    expect((await refusal(apiRequest(token))).status).toBe(401);

    const unknown = `zp_${"A".repeat(43)}`;
    const tampered = `${token.slice(0, -1)}${token.endsWith("A") ? "B" : "A"}`;
    for (const bad of [unknown, tampered, "zp_short", hashApiToken(token)]) {
      const refused = await refusal(apiRequest(`Bearer ${bad}`));
      expect(refused.status).toBe(401);
      expect(refused.challenge).toBe('Bearer realm="zonepress", error="invalid_token"');
    }

    const [row] = await listApiTokens(user.id);
    await revokeApiToken(user.id, row!.id);
    const revoked = await refusal(apiRequest(`Bearer ${token}`));
    expect(revoked).toMatchObject({ status: 401, body: { code: "invalid-token" } });
  });

  it("refuses a suspended member's tokens while the suspension lasts", async () => {
    const user = await createUser();
    const token = await newToken(user.id);
    await db.user.update({ where: { id: user.id }, data: { suspendedAt: new Date() } });
    const refused = await refusal(apiRequest(`Bearer ${token}`));
    expect(refused.status).toBe(401);
    expect(refused.body.detail).toMatch(/suspended/);
    await db.user.update({ where: { id: user.id }, data: { suspendedAt: null } });
    expect((await authenticateBearer(apiRequest(`Bearer ${token}`))).ok).toBe(true);
  });

  it("marks the token used, at most once a minute", async () => {
    const user = await createUser();
    const token = await newToken(user.id);
    const hash = hashApiToken(token);
    const lastUsed = async () =>
      (await db.apiToken.findUniqueOrThrow({ where: { tokenHash: hash } })).lastUsedAt?.getTime() ?? null;
    expect(await lastUsed()).toBeNull();

    const t0 = new Date("2026-05-01T12:00:00Z");
    await findApiTokenOwner(hash, t0);
    expect(await lastUsed()).toBe(t0.getTime());
    await findApiTokenOwner(hash, new Date(t0.getTime() + 59_000));
    expect(await lastUsed()).toBe(t0.getTime());
    const later = new Date(t0.getTime() + 61_000);
    await findApiTokenOwner(hash, later);
    expect(await lastUsed()).toBe(later.getTime());

    // Through the real path too: a request now moves it to the present.
    await authenticateBearer(apiRequest(`Bearer ${token}`));
    expect(await lastUsed()).toBeGreaterThan(Date.now() - 60_000);
    expect((await listApiTokens(user.id))[0]!.lastUsedAt).not.toBeNull();
  });
});
