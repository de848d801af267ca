import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { POST as uiSubmitRoute } from "@/app/api/drafts/[id]/submit/route";
import { GET as getRoute, PUT as putRoute } from "@/app/api/v1/drafts/[id]/route";
import { POST as submitRoute } from "@/app/api/v1/drafts/[id]/submit/route";
import { POST as createRoute } from "@/app/api/v1/drafts/route";
import { GET as zonesRoute } from "@/app/api/v1/zones/route";
import { API_BODY_MAX_BYTES } from "@/lib/api/draft-requests";
import { API_LIMITS } from "@/lib/api/rate-limit";
import type { CurrentUser } from "@/lib/auth/guards";
import type { DraftView } from "@/lib/authoring/drafts";
import { createApiToken, hashApiToken, revokeApiToken } from "@/lib/db/api-tokens";
import { db } from "@/lib/db/client";
import { limiter } from "@/lib/rate-limit/store";
import { createUser } from "@/tests/factories/users";
import { createZone } from "@/tests/factories/zones";
import { bodyOf } from "../authoring/helpers";

// The authoring API end to end through its real route handlers: the Authorization header is all
// they read. The session guard is mocked to always report a signed-in member, which proves the
// v1 handlers ignore sessions (they still answer 401 without a token), and lets the writing
// page's own submit route run for the "same messages" comparison.
const mocks = vi.hoisted(() => ({ currentUser: null as CurrentUser | null }));
vi.mock("@/lib/auth/guards", () => ({ getCurrentUser: async () => mocks.currentUser }));

const ORIGIN = "http://localhost:3000";

interface Problem {
  status: number;
  code?: string;
  detail?: string;
  errors?: Record<string, string>;
  current?: DraftView;
}

function call(path: string, method: string, token: string | null, body?: unknown, type = "application/json") {
  const headers = new Headers();
  if (token) headers.set("Authorization", `Bearer ${token}`);
  if (body !== undefined) headers.set("Content-Type", type);
  return new Request(`${ORIGIN}${path}`, {
    method,
    headers,
    body: body === undefined ? undefined : typeof body === "string" ? body : JSON.stringify(body),
  });
}

const ctx = (id: number | string) => ({ params: Promise.resolve({ id: String(id) }) });

async function tokenFor(userId: number): Promise<string> {
  const result = await createApiToken(userId, `ci ${Math.random()}`);
  if (!result.ok) throw new Error(result.reason);
  return result.token;
}

async function json<T>(response: Response): Promise<T> {
  return (await response.json()) as T;
}

const LONG_SUMMARY = "A script publishes this article from CI, so the summary is long enough to pass.";

let zoneId: number;
let author: { id: number };
let token: string;

beforeAll(async () => {
  zoneId = (await createZone()).id;
});

beforeEach(async () => {
  const user = await createUser();
  author = user;
  mocks.currentUser = { ...user };
  token = await tokenFor(user.id);
});

async function createDraftVia(body: unknown, withToken = token): Promise<DraftView> {
  const response = await createRoute(call("/api/v1/drafts", "POST", withToken, body));
  expect(response.status).toBe(201);
  return (await json<{ draft: DraftView }>(response)).draft;
}

describe("authoring API: authentication", () => {
  it("answers 401 with a Bearer challenge without a token, even for a signed-in session", async () => {
    const response = await createRoute(call("/api/v1/drafts", "POST", null, { zoneId }));
    expect(response.status).toBe(401);
    expect(response.headers.get("www-authenticate")).toBe('Bearer realm="zonepress"');
    expect(response.headers.get("content-type")).toBe("application/problem+json");
    expect(await db.article.count({ where: { authorId: author.id } })).toBe(0);
  });

  it("refuses revoked tokens and suspended members' tokens on every endpoint", async () => {
    const draft = await createDraftVia({ zoneId, title: "Kept" });
    const row = await db.apiToken.findUniqueOrThrow({ where: { tokenHash: hashApiToken(token) } });
    await revokeApiToken(author.id, row.id);
    const revoked = [
      await getRoute(call(`/api/v1/drafts/${draft.id}`, "GET", token), ctx(draft.id)),
      await putRoute(call(`/api/v1/drafts/${draft.id}`, "PUT", token, { version: 1 }), ctx(draft.id)),
      await submitRoute(
        call(`/api/v1/drafts/${draft.id}/submit`, "POST", token, { version: 1 }),
        ctx(draft.id),
      ),
      await createRoute(call("/api/v1/drafts", "POST", token, { zoneId })),
    ];
    for (const response of revoked) {
      expect(response.status).toBe(401);
      expect(response.headers.get("www-authenticate")).toContain('error="invalid_token"');
    }

    const fresh = await tokenFor(author.id);
    await db.user.update({ where: { id: author.id }, data: { suspendedAt: new Date() } });
    const suspended = await createRoute(call("/api/v1/drafts", "POST", fresh, { zoneId }));
    expect(suspended.status).toBe(401);
    expect((await json<Problem>(suspended)).detail).toMatch(/suspended/);
    expect(await db.article.count({ where: { authorId: author.id } })).toBe(1);
  });

  it("never shows or changes another member's draft", async () => {
    const draft = await createDraftVia({ zoneId, title: "Mine" });
    const stranger = await tokenFor((await createUser()).id);
    const read = await getRoute(call(`/api/v1/drafts/${draft.id}`, "GET", stranger), ctx(draft.id));
    expect(read.status).toBe(404);
    const write = await putRoute(
      call(`/api/v1/drafts/${draft.id}`, "PUT", stranger, { version: 1, title: "Theirs now" }),
      ctx(draft.id),
    );
    expect(write.status).toBe(404);
    const submit = await submitRoute(
      call(`/api/v1/drafts/${draft.id}/submit`, "POST", stranger, { version: 1 }),
      ctx(draft.id),
    );
    expect(submit.status).toBe(404);
    expect((await db.article.findUniqueOrThrow({ where: { id: draft.id } })).title).toBe("Mine");
  });
});

describe("authoring API: create → update → submit", () => {
  it("creates, updates with the version, refuses a stale version with 409, names guideline failures, then submits", async () => {
    const created = await createRoute(
      call("/api/v1/drafts", "POST", token, {
        title: "Publishing from CI",
        bodyMarkdown: "# Hello\n\nToo short for now.",
        zoneId,
        tags: ["CI", "ci", "Automation"],
      }),
    );
    expect(created.status).toBe(201);
    expect(created.headers.get("cache-control")).toBe("private, no-store");
    const { draft } = await json<{ draft: DraftView }>(created);
    expect(created.headers.get("location")).toBe(`/api/v1/drafts/${draft.id}`);
    expect(draft).toMatchObject({ status: "DRAFT", version: 1, editable: true, tags: ["Automation", "CI"] });

    const fetched = await getRoute(call(`/api/v1/drafts/${draft.id}`, "GET", token), ctx(draft.id));
    expect((await json<{ draft: DraftView }>(fetched)).draft.bodyMarkdown).toBe(
      "# Hello\n\nToo short for now.",
    );

    // A partial update keeps what it leaves out.
    const updated = await putRoute(
      call(`/api/v1/drafts/${draft.id}`, "PUT", token, { version: 1, title: "Publishing drafts from CI" }),
      ctx(draft.id),
    );
    expect(updated.status).toBe(200);
    const v2 = (await json<{ draft: DraftView }>(updated)).draft;
    expect(v2).toMatchObject({ version: 2, title: "Publishing drafts from CI", tags: ["Automation", "CI"] });
    expect(v2.bodyMarkdown).toBe("# Hello\n\nToo short for now.");

    // Another client still at version 1: refused, told what is stored now, nothing overwritten.
    const stale = await putRoute(
      call(`/api/v1/drafts/${draft.id}`, "PUT", token, { version: 1, title: "Overwrite attempt" }),
      ctx(draft.id),
    );
    expect(stale.status).toBe(409);
    const conflict = await json<Problem>(stale);
    expect(conflict.code).toBe("conflict");
    expect(conflict.current).toMatchObject({ version: 2, title: "Publishing drafts from CI" });

    // Submitting the short draft names every failing field and changes nothing.
    const early = await submitRoute(
      call(`/api/v1/drafts/${draft.id}/submit`, "POST", token, { version: 2 }),
      ctx(draft.id),
    );
    expect(early.status).toBe(422);
    const early422 = await json<Problem>(early);
    expect(Object.keys(early422.errors ?? {}).sort()).toEqual(["bodyMarkdown", "summary"]);
    expect(early422.errors?.bodyMarkdown).toMatch(/^Articles need at least 300 words \(now \d+\)$/);
    expect(early422.errors?.summary).toBe("The summary needs 50–300 characters (now 0)");
    expect(await db.article.findUniqueOrThrow({ where: { id: draft.id } })).toMatchObject({
      status: "DRAFT",
      version: 2,
    });

    // Fixed in the submit itself.
    const submitted = await submitRoute(
      call(`/api/v1/drafts/${draft.id}/submit`, "POST", token, {
        version: 2,
        summary: LONG_SUMMARY,
        bodyMarkdown: `## Why\n\n${bodyOf(320)}`,
      }),
      ctx(draft.id),
    );
    expect(submitted.status).toBe(200);
    const final = (await json<{ draft: DraftView }>(submitted)).draft;
    expect(final).toMatchObject({ status: "SUBMITTED", editable: false, summary: LONG_SUMMARY });
    expect(final.wordCount).toBeGreaterThanOrEqual(300);
    const events = await db.articleEvent.findMany({
      where: { articleId: draft.id },
      select: { toStatus: true },
    });
    expect(events.map((e) => e.toStatus)).toContain("SUBMITTED");

    // Waiting for review: no longer editable through the API either.
    const late = await putRoute(
      call(`/api/v1/drafts/${draft.id}`, "PUT", token, { version: final.version, title: "Sneaky edit" }),
      ctx(draft.id),
    );
    expect(late.status).toBe(409);
    expect((await json<Problem>(late)).code).toBe("not-editable");
  });

  it("gives the same field messages as the writing page, because both use the same service", async () => {
    const draft = await createDraftVia({ zoneId, title: "Same rules" });
    const input = { version: 1, title: "Short", summary: "Tiny", bodyMarkdown: "a b c", zoneId, tags: [] };
    const viaApi = await submitRoute(
      call(`/api/v1/drafts/${draft.id}/submit`, "POST", token, input),
      ctx(draft.id),
    );
    const viaPage = await uiSubmitRoute(
      new Request(`${ORIGIN}/api/drafts/${draft.id}/submit`, {
        method: "POST",
        headers: { "Content-Type": "application/json", Origin: ORIGIN },
        body: JSON.stringify(input),
      }),
      ctx(draft.id),
    );
    expect(viaApi.status).toBe(422);
    expect(viaPage.status).toBe(422);
    const apiErrors = (await json<Problem>(viaApi)).errors;
    expect(apiErrors).toEqual((await json<Problem>(viaPage)).errors);
    expect(Object.keys(apiErrors ?? {}).sort()).toEqual(["bodyMarkdown", "summary", "title"]);
  });
});

describe("authoring API: bad input and limits", () => {
  it("names bad fields: missing zone, misspelt field, wrong types, too many tags", async () => {
    const errors = async (body: unknown) => {
      const response = await createRoute(call("/api/v1/drafts", "POST", token, body));
      expect(response.status).toBe(422);
      return (await json<Problem>(response)).errors;
    };
    expect(await errors({ title: "No zone" })).toEqual({ zoneId: "Choose a zone to save your draft" });
    expect(await errors({ zoneId, body: "typo" })).toEqual({
      body: "Unknown field; the fields are title, summary, bodyMarkdown, zoneId, tags, coverImageUrl",
    });
    expect(await errors({ zoneId, title: 42 })).toEqual({ title: "The title must be text" });
    expect(await errors({ zoneId, tags: ["a1", "b2", "c3", "d4", "e5", "f6"] })).toEqual({
      tags: "Use at most 5 tags",
    });
    expect(await errors({ zoneId, coverImageUrl: "javascript:alert(1)" })).toEqual({
      coverImageUrl: "Upload a cover image or give an https URL",
    });
    expect(await errors([1, 2])).toEqual({ form: "The request body must be a JSON object" });
    expect(await errors("{not json")).toEqual({ form: "The request body must be JSON" });
    const draft = await createDraftVia({ zoneId, title: "Versioned" });
    const missingVersion = await putRoute(
      call(`/api/v1/drafts/${draft.id}`, "PUT", token, { title: "No version" }),
      ctx(draft.id),
    );
    expect(missingVersion.status).toBe(422);
    expect((await json<Problem>(missingVersion)).errors).toEqual({
      version: "Reload the draft: the version it was loaded at is missing",
    });
  });

  it("accepts only JSON and bounds the body: 100 KB of markdown, the request a little more", async () => {
    const form = await createRoute(
      call("/api/v1/drafts", "POST", token, `zoneId=${zoneId}`, "application/x-www-form-urlencoded"),
    );
    expect(form.status).toBe(415);

    const big = await createRoute(
      call("/api/v1/drafts", "POST", token, { zoneId, bodyMarkdown: "a".repeat(100 * 1024 + 1) }),
    );
    expect(big.status).toBe(422);
    // The renderer's own message (lib/markdown), as the writing page shows it.
    const bigErrors = (await json<Problem>(big)).errors ?? {};
    expect(Object.keys(bigErrors)).toEqual(["bodyMarkdown"]);
    expect(bigErrors.bodyMarkdown).toMatch(/100 KB/);
    const huge = await createRoute(
      call("/api/v1/drafts", "POST", token, { zoneId, bodyMarkdown: "a".repeat(API_BODY_MAX_BYTES) }),
    );
    expect(huge.status).toBe(413);
    expect(await db.article.count({ where: { authorId: author.id } })).toBe(0);
  });

  it(`limits writes to ${API_LIMITS.write.points} a minute per token, with Retry-After`, async () => {
    const draft = await createDraftVia({ zoneId, title: "Throttled" });
    const row = await db.apiToken.findUniqueOrThrow({ where: { tokenHash: hashApiToken(token) } });
    // Use up the rest of this token's minute without sending sixty renders.
    await (await limiter(API_LIMITS.write)).penalty(String(row.id), API_LIMITS.write.points);

    const throttled = await createRoute(call("/api/v1/drafts", "POST", token, { zoneId }));
    expect(throttled.status).toBe(429);
    const retryAfter = Number(throttled.headers.get("retry-after"));
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(60);
    expect((await json<Problem>(throttled)).code).toBe("throttled");

    // Reads have their own budget, and another token of the same member its own.
    expect((await getRoute(call(`/api/v1/drafts/${draft.id}`, "GET", token), ctx(draft.id))).status).toBe(
      200,
    );
    await createDraftVia({ zoneId, title: "From the other token" }, await tokenFor(author.id));
    expect(await db.article.count({ where: { authorId: author.id } })).toBe(2);
  });
});

describe("GET /api/v1/zones", () => {
  it("lists the zone ids a draft can use, for token holders", async () => {
    expect((await zonesRoute(call("/api/v1/zones", "GET", null))).status).toBe(401);
    const response = await zonesRoute(call("/api/v1/zones", "GET", token));
    expect(response.status).toBe(200);
    const { zones } = await json<{ zones: { id: number; slug: string; category: { slug: string } }[] }>(
      response,
    );
    const zone = await db.zone.findUniqueOrThrow({ where: { id: zoneId }, include: { category: true } });
    expect(zones).toContainEqual({
      id: zone.id,
      slug: zone.slug,
      name: zone.name,
      category: { slug: zone.category.slug, name: zone.category.name },
    });
  });
});
