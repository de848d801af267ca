import { beforeEach, describe, expect, it, vi } from "vitest";
import { DELETE as revokeRoute } from "@/app/api/account/tokens/[id]/route";
import { GET as listRoute, POST as createRoute } from "@/app/api/account/tokens/route";
import { authenticateBearer } from "@/lib/api/bearer";
import type { CreatedTokenResponse, TokenListResponse } from "@/lib/api/token-input";
import type { CurrentUser } from "@/lib/auth/guards";
import { createUser } from "@/tests/factories/users";

// The settings routes are session-authenticated: who is signed in (cookies) is replaced,
// everything else (same-origin check, validation, database) is real.
const mocks = vi.hoisted(() => ({ currentUser: null as CurrentUser | null }));
vi.mock("@/lib/auth/guards", () => ({ getCurrentUser: async () => mocks.currentUser }));

const ORIGIN = "http://localhost:3000";

function request(path: string, method: string, body?: unknown, origin = ORIGIN): Request {
  return new Request(`${ORIGIN}${path}`, {
    method,
    headers: { "Content-Type": "application/json", Origin: origin },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
}

const context = (id: string) => ({ params: Promise.resolve({ id }) });

async function signIn() {
  const user = await createUser();
  mocks.currentUser = { ...user, avatarUrl: user.avatarUrl };
  return user;
}

async function create(name: string): Promise<CreatedTokenResponse> {
  const response = await createRoute(request("/api/account/tokens", "POST", { name }));
  expect(response.status).toBe(201);
  return (await response.json()) as CreatedTokenResponse;
}

beforeEach(() => {
  mocks.currentUser = null;
});

describe("/api/account/tokens", () => {
  it("refuses signed-out visitors and cross-site requests", async () => {
    expect((await listRoute()).status).toBe(401);
    expect((await createRoute(request("/api/account/tokens", "POST", { name: "x" }))).status).toBe(401);
    expect((await revokeRoute(request("/api/account/tokens/1", "DELETE"), context("1"))).status).toBe(401);
    await signIn();
    const forged = await createRoute(
      request("/api/account/tokens", "POST", { name: "x" }, "https://evil.example"),
    );
    expect(forged.status).toBe(403);
    const forgedRevoke = await revokeRoute(
      request("/api/account/tokens/1", "DELETE", undefined, "https://evil.example"),
      context("1"),
    );
    expect(forgedRevoke.status).toBe(403);
  });

  it("creates a token that works at once, lists it without the token, and revokes it", async () => {
    await signIn();
    const created = await create("  GitHub Actions  ");
    expect(created.apiToken.name).toBe("GitHub Actions");
    const auth = new Request(`${ORIGIN}/api/v1/drafts`, {
      headers: { Authorization: `Bearer ${created.token}` },
    });
    expect((await authenticateBearer(auth)).ok).toBe(true);

    const list = await listRoute();
    expect(list.headers.get("cache-control")).toBe("private, no-store");
    const listed = (await list.json()) as TokenListResponse;
    expect(listed.tokens.map((t) => t.name)).toEqual(["GitHub Actions"]);
    expect(JSON.stringify(listed)).not.toContain(created.token);

    const id = String(created.apiToken.id);
    expect((await revokeRoute(request(`/api/account/tokens/${id}`, "DELETE"), context(id))).status).toBe(204);
    expect((await authenticateBearer(auth)).ok).toBe(false);
    expect(((await (await listRoute()).json()) as TokenListResponse).tokens).toEqual([]);
    // Revoking again, or an id that is no number, answers 404.
    expect((await revokeRoute(request(`/api/account/tokens/${id}`, "DELETE"), context(id))).status).toBe(404);
    expect((await revokeRoute(request("/api/account/tokens/x", "DELETE"), context("x"))).status).toBe(404);
  });

  it("names the problem on the name field: empty, too long, taken, over the limit", async () => {
    await signIn();
    const errors = async (name: unknown) => {
      const response = await createRoute(request("/api/account/tokens", "POST", { name }));
      expect(response.status).toBe(422);
      return ((await response.json()) as { errors: Record<string, string> }).errors;
    };
    expect(await errors("   ")).toEqual({ name: "Name the token, e.g. the script or CI job that uses it" });
    expect(await errors("x".repeat(61))).toEqual({ name: "Use at most 60 characters" });
    expect((await create("x".repeat(60))).apiToken.name).toHaveLength(60);
    await create("laptop");
    expect(await errors("Laptop")).toEqual({
      name: "You already have a token with this name; choose another",
    });
    for (let i = 0; i < 8; i += 1) await create(`ci ${i}`);
    expect(await errors("one more")).toEqual({
      name: "You already have 10 tokens; revoke one you no longer use first",
    });
  });

  it("never revokes another member's token", async () => {
    await signIn();
    const theirs = await create("theirs");
    await signIn();
    const id = String(theirs.apiToken.id);
    expect((await revokeRoute(request(`/api/account/tokens/${id}`, "DELETE"), context(id))).status).toBe(404);
    const auth = new Request(`${ORIGIN}/api/v1/drafts`, {
      headers: { Authorization: `Bearer ${theirs.token}` },
    });
    expect((await authenticateBearer(auth)).ok).toBe(true);
  });
});
