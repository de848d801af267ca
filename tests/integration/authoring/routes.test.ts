import { beforeEach, describe, expect, it, vi } from "vitest";
import { DELETE as deleteRoute, GET as getRoute, PUT as putRoute } from "@/app/api/drafts/[id]/route";
import { POST as submitRoute } from "@/app/api/drafts/[id]/submit/route";
import { POST as withdrawRoute } from "@/app/api/drafts/[id]/withdraw/route";
import { POST as previewRoute } from "@/app/api/drafts/preview/route";
import { POST as createRoute } from "@/app/api/drafts/route";
import { GET as tagsRoute } from "@/app/api/tags/route";
import type { CurrentUser } from "@/lib/auth/guards";
import { createArticle } from "@/tests/factories/articles";
import { createUser } from "@/tests/factories/users";
import { createZone } from "@/tests/factories/zones";
import { bodyOf, completeDraft } from "./helpers";

// The /api/drafts and /api/tags handlers with only "who is signed in" replaced.
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

const ctx = (id: number | string) => ({ params: Promise.resolve({ id: String(id) }) });

async function signIn() {
  const user = await createUser();
  mocks.currentUser = {
    id: user.id,
    email: user.email,
    username: user.username,
    name: user.name,
    role: user.role,
    avatarUrl: null,
    isCore: false,
    tokenVersion: user.tokenVersion,
  };
  return user;
}

async function create(zoneId: number, overrides = {}) {
  const response = await createRoute(request("/api/drafts", "POST", completeDraft(zoneId, overrides)));
  expect(response.status).toBe(201);
  return (await response.json()).draft as { id: number; version: number; title: string };
}

beforeEach(() => {
  mocks.currentUser = null;
});

describe("/api/drafts", () => {
  it("refuses signed-out visitors (401) and cross-site writes (403), privately", async () => {
    const zone = await createZone();
    const signedOut = await createRoute(request("/api/drafts", "POST", completeDraft(zone.id)));
    expect(signedOut.status).toBe(401);
    expect(signedOut.headers.get("cache-control")).toBe("private, no-store");
    expect((await tagsRoute(request("/api/tags?q=a", "GET"))).status).toBe(401);
    expect((await getRoute(request("/api/drafts/1", "GET"), ctx(1))).status).toBe(401);
    await signIn();
    const crossSite = await createRoute(
      request("/api/drafts", "POST", completeDraft(zone.id), "https://evil.example"),
    );
    expect(crossSite.status).toBe(403);
    const draft = await create(zone.id);
    const crossDelete = await deleteRoute(
      request(`/api/drafts/${draft.id}`, "DELETE", undefined, "https://evil.example"),
      ctx(draft.id),
    );
    expect(crossDelete.status).toBe(403);
  });

  it("creates, reads, saves, detects a stale save, submits, withdraws and deletes", async () => {
    const zone = await createZone();
    await signIn();
    const draft = await create(zone.id);
    const read = await getRoute(request(`/api/drafts/${draft.id}`, "GET"), ctx(draft.id));
    expect(read.status).toBe(200);
    expect(read.headers.get("cache-control")).toBe("private, no-store");
    expect((await read.json()).draft).toMatchObject({ id: draft.id, status: "DRAFT", version: 1 });

    const put = (title: string, version: number) =>
      putRoute(
        request(`/api/drafts/${draft.id}`, "PUT", { ...completeDraft(zone.id, { title }), version }),
        ctx(draft.id),
      );
    const saved = await put("Saved from the first tab", 1);
    expect(saved.status).toBe(200);
    const stale = await put("Typed in the second tab", 1);
    expect(stale.status).toBe(409);
    expect(await stale.json()).toMatchObject({
      code: "conflict",
      current: { version: 2, title: "Saved from the first tab" },
    });

    const tooShort = await submitRoute(
      request(`/api/drafts/${draft.id}/submit`, "POST", {
        ...completeDraft(zone.id, { bodyMarkdown: bodyOf(10) }),
        version: 2,
      }),
      ctx(draft.id),
    );
    expect(tooShort.status).toBe(422);
    expect((await tooShort.json()).errors).toEqual({
      bodyMarkdown: "Articles need at least 300 words (now 10)",
    });

    const submitted = await submitRoute(
      request(`/api/drafts/${draft.id}/submit`, "POST", { ...completeDraft(zone.id), version: 2 }),
      ctx(draft.id),
    );
    expect(submitted.status).toBe(200);
    expect((await submitted.json()).draft).toMatchObject({ status: "SUBMITTED" });
    const notADraft = await deleteRoute(request(`/api/drafts/${draft.id}`, "DELETE"), ctx(draft.id));
    expect(notADraft.status).toBe(409);

    const withdrawn = await withdrawRoute(request(`/api/drafts/${draft.id}/withdraw`, "POST"), ctx(draft.id));
    expect(withdrawn.status).toBe(200);
    expect((await withdrawn.json()).draft).toMatchObject({ status: "DRAFT" });
    const again = await withdrawRoute(request(`/api/drafts/${draft.id}/withdraw`, "POST"), ctx(draft.id));
    expect(again.status).toBe(409);

    const deleted = await deleteRoute(request(`/api/drafts/${draft.id}`, "DELETE"), ctx(draft.id));
    expect(deleted.status).toBe(204);
    expect((await getRoute(request(`/api/drafts/${draft.id}`, "GET"), ctx(draft.id))).status).toBe(404);
  });

  it("names bad fields in 422 problems, keyed by form field", async () => {
    const zone = await createZone();
    await signIn();
    const response = await createRoute(
      request("/api/drafts", "POST", { ...completeDraft(zone.id), zoneId: null, tags: ["fine", "x"] }),
    );
    expect(response.status).toBe(422);
    expect(response.headers.get("content-type")).toBe("application/problem+json");
    expect((await response.json()).errors).toEqual({
      zoneId: "Choose a zone to save your draft",
      tags: "Tags have at least 2 characters",
    });
    const draft = await create(zone.id);
    const noVersion = await putRoute(
      request(`/api/drafts/${draft.id}`, "PUT", completeDraft(zone.id)),
      ctx(draft.id),
    );
    expect(noVersion.status).toBe(422);
    expect(Object.keys((await noVersion.json()).errors)).toEqual(["version"]);
    const notJson = await createRoute(
      new Request(`${ORIGIN}/api/drafts`, { method: "POST", headers: { Origin: ORIGIN }, body: "{" }),
    );
    expect(notJson.status).toBe(422);
  });

  it("answers 404 for another member's drafts on every route", async () => {
    const zone = await createZone();
    const owner = await createUser();
    const draft = await createArticle({ zoneId: zone.id, authorId: owner.id, status: "DRAFT" });
    const submitted = await createArticle({ zoneId: zone.id, authorId: owner.id, status: "SUBMITTED" });
    await signIn();
    const body = { ...completeDraft(zone.id), version: 1 };
    const statuses = [
      (await getRoute(request(`/api/drafts/${draft.id}`, "GET"), ctx(draft.id))).status,
      (await putRoute(request(`/api/drafts/${draft.id}`, "PUT", body), ctx(draft.id))).status,
      (await submitRoute(request(`/api/drafts/${draft.id}/submit`, "POST", body), ctx(draft.id))).status,
      (await withdrawRoute(request(`/api/drafts/${submitted.id}/withdraw`, "POST"), ctx(submitted.id)))
        .status,
      (await deleteRoute(request(`/api/drafts/${draft.id}`, "DELETE"), ctx(draft.id))).status,
      (await getRoute(request("/api/drafts/abc", "GET"), ctx("abc"))).status,
    ];
    expect(statuses).toEqual([404, 404, 404, 404, 404, 404]);
  });

  it("previews markdown and refuses an over-large body on its field", async () => {
    await signIn();
    const ok = await previewRoute(
      request("/api/drafts/preview", "POST", { bodyMarkdown: "Some *emphasis* here" }),
    );
    expect(ok.status).toBe(200);
    expect(await ok.json()).toMatchObject({
      html: "<p>Some <em>emphasis</em> here</p>",
      wordCount: 3,
      readingMinutes: 1,
    });
    const big = await previewRoute(
      request("/api/drafts/preview", "POST", { bodyMarkdown: "a".repeat(150 * 1024) }),
    );
    expect(big.status).toBe(422);
    expect((await big.json()).errors.bodyMarkdown).toMatch(/100 KB/);
    const huge = await previewRoute(
      request("/api/drafts/preview", "POST", { bodyMarkdown: "a".repeat(300 * 1024) }),
    );
    expect(huge.status).toBe(413);
  });

  it("suggests at most 8 tags by case-insensitive prefix", async () => {
    const zone = await createZone();
    await signIn();
    const prefix = `Kube${Date.now()}`;
    for (let i = 0; i < 10; i += 5) {
      await create(zone.id, { tags: Array.from({ length: 5 }, (_, j) => `${prefix}-${i + j}`) });
    }
    await create(zone.id, { tags: ["Unrelated tag"] });
    const response = await tagsRoute(request(`/api/tags?q=${prefix.toUpperCase()}`, "GET"));
    expect(response.status).toBe(200);
    const { tags } = (await response.json()) as { tags: { slug: string; name: string }[] };
    expect(tags).toHaveLength(8);
    expect(tags.every((tag) => tag.slug.startsWith(prefix.toLowerCase()))).toBe(true);
    const none = await tagsRoute(request("/api/tags?q=%25", "GET"));
    expect((await none.json()).tags).toEqual([]);
  });
});
