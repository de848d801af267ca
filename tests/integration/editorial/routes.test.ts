import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";
import { PUT as contentRoute } from "@/app/api/editor/articles/[id]/content/route";
import { POST as publishRoute } from "@/app/api/editor/articles/[id]/publish/route";
import { POST as rejectRoute } from "@/app/api/editor/articles/[id]/reject/route";
import { POST as requestChangesRoute } from "@/app/api/editor/articles/[id]/request-changes/route";
import { DELETE as cancelRoute, PUT as scheduleRoute } from "@/app/api/editor/articles/[id]/schedule/route";
import { POST as revalidateRoute } from "@/app/api/editor/articles/revalidate/route";
import type { CurrentUser } from "@/lib/auth/guards";
import { TAGS } from "@/lib/cache/tags";
import { db } from "@/lib/db/client";
import type { User } from "@/lib/db/generated/client";
import { signedRevalidation } from "@/lib/editorial/revalidate-request";
import { stopBoss } from "@/lib/jobs/boss";
import { createUser } from "@/tests/factories/users";
import { bodyOf } from "../authoring/helpers";
import { submission } from "./helpers";

// The decision routes as the browser calls them, with only "who is signed in" (a cookie Next
// reads from its request store) and Next's revalidateTag (which needs that store) replaced.
const mocks = vi.hoisted(() => ({ currentUser: null as CurrentUser | null, expired: [] as string[] }));
vi.mock("@/lib/auth/guards", async (original) => ({
  ...(await original<typeof import("@/lib/auth/guards")>()),
  getCurrentUser: async () => mocks.currentUser,
}));
vi.mock("next/cache", () => ({ revalidateTag: (tag: string) => mocks.expired.push(tag) }));

const ORIGIN = "http://localhost:3000";

function request(path: string, method: string, body?: unknown, origin = ORIGIN): Request {
  return new Request(`${ORIGIN}${path}`, {
    method,
    headers: { "Content-Type": "application/json", Origin: origin },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
}
const ctx = (id: number | string) => ({ params: Promise.resolve({ id: String(id) }) });

function signIn(user: User | null) {
  mocks.currentUser = user && {
    id: user.id,
    email: user.email,
    username: user.username,
    name: user.name,
    role: user.role,
    avatarUrl: null,
    isCore: false,
    tokenVersion: user.tokenVersion,
  };
}

async function problemOf(response: Response) {
  expect(response.headers.get("content-type")).toBe("application/problem+json");
  return (await response.json()) as {
    status: number;
    code?: string;
    title: string;
    detail?: string;
    errors?: Record<string, string>;
  };
}

beforeEach(() => {
  mocks.currentUser = null;
  mocks.expired.length = 0;
});
afterAll(() => stopBoss());

describe("decision routes", () => {
  it("refuse the signed out (401), members (403), other sites (403) and unknown ids (404)", async () => {
    const { article } = await submission();
    const path = `/api/editor/articles/${article.id}/publish`;
    const body = { version: article.version };
    expect((await publishRoute(request(path, "POST", body), ctx(article.id))).status).toBe(401);
    signIn(await createUser());
    const member = await publishRoute(request(path, "POST", body), ctx(article.id));
    expect(member.status).toBe(403);
    expect((await problemOf(member)).code).toBe("forbidden");
    signIn(await createUser({ role: "EDITOR" }));
    expect(
      (await publishRoute(request(path, "POST", body, "https://evil.example"), ctx(article.id))).status,
    ).toBe(403);
    expect((await publishRoute(request(path, "POST", body), ctx("12abc"))).status).toBe(404);
    expect((await publishRoute(request(path, "POST", body), ctx(2_000_000_000))).status).toBe(404);
    expect((await db.article.findUniqueOrThrow({ where: { id: article.id } })).status).toBe("SUBMITTED");
  });

  it("name each missing or wrong field, and change nothing", async () => {
    const { editor, article } = await submission();
    signIn(editor);
    const base = `/api/editor/articles/${article.id}`;
    const noFeedback = await requestChangesRoute(
      request(`${base}/request-changes`, "POST", { version: article.version, feedback: "   " }),
      ctx(article.id),
    );
    expect(noFeedback.status).toBe(422);
    expect((await problemOf(noFeedback)).errors).toEqual({ feedback: "Tell the author what to change" });

    const badReject = await rejectRoute(
      request(`${base}/reject`, "POST", { version: article.version, reason: "boring", note: "" }),
      ctx(article.id),
    );
    expect((await problemOf(badReject)).errors).toEqual({
      reason: "Choose a reason",
      note: "Explain the decision to the author",
    });

    const past = await scheduleRoute(
      request(`${base}/schedule`, "PUT", {
        version: article.version,
        publishAt: new Date(Date.now() - 60_000).toISOString(),
      }),
      ctx(article.id),
    );
    expect((await problemOf(past)).errors).toEqual({
      publishAt: "Choose a time at least a minute from now (or publish now)",
    });
    const garbage = await scheduleRoute(
      request(`${base}/schedule`, "PUT", { version: article.version, publishAt: "tomorrow at noon" }),
      ctx(article.id),
    );
    expect((await problemOf(garbage)).errors).toEqual({ publishAt: "Choose a date and time" });
    const notScheduled = await cancelRoute(
      request(`${base}/schedule`, "DELETE", { version: article.version }),
      ctx(article.id),
    );
    expect(notScheduled.status).toBe(422);
    expect((await problemOf(notScheduled)).errors).toEqual({ form: "This article is not scheduled" });

    expect(await db.articleEvent.count({ where: { articleId: article.id } })).toBe(0);
    expect(mocks.expired).toEqual([]);
  });

  it("publish expires the reader caches; the second editor gets a 409 'already decided' problem", async () => {
    const { editor, article, zone } = await submission();
    signIn(editor);
    const path = `/api/editor/articles/${article.id}/publish`;
    const published = await publishRoute(
      request(path, "POST", { version: article.version }),
      ctx(article.id),
    );
    expect(published.status).toBe(200);
    expect(published.headers.get("cache-control")).toBe("no-store");
    expect(await published.json()).toEqual({
      article: { id: article.id, status: "PUBLISHED", version: article.version + 1, scheduledFor: null },
    });
    expect(mocks.expired).toEqual(
      expect.arrayContaining([TAGS.zone(zone.slug), TAGS.article(article.id), TAGS.home]),
    );

    signIn(await createUser({ role: "ADMIN", name: "Second Editor" }));
    const late = await publishRoute(request(path, "POST", { version: article.version }), ctx(article.id));
    expect(late.status).toBe(409);
    const problem = await problemOf(late);
    expect(problem).toMatchObject({ code: "already-decided", title: "Already decided" });
    expect(problem.detail).toMatch(/^Already decided: Eddie Editor published this article/);
    expect(await db.articleEvent.count({ where: { articleId: article.id, toStatus: "PUBLISHED" } })).toBe(1);
  });
});

describe("editor corrections (PUT content)", () => {
  const text = (title: string) => ({
    title,
    summary: "How a small pool, sized to the database's cores, beats a large one under load.",
    bodyMarkdown: `## Why pools\n\n${bodyOf(320)}`,
  });

  it("saves a revision by the editor, re-rendered, with an event in the history", async () => {
    const { editor, article } = await submission();
    signIn(editor);
    const path = `/api/editor/articles/${article.id}/content`;
    const saved = await contentRoute(
      request(path, "PUT", {
        version: article.version,
        ...text("Connection pooling in Node.js services, fixed"),
      }),
      ctx(article.id),
    );
    expect(saved.status).toBe(200);
    expect(await saved.json()).toEqual({
      version: article.version + 1,
      changed: ["title", "summary", "body"],
    });
    const stored = await db.article.findUniqueOrThrow({ where: { id: article.id } });
    expect(stored).toMatchObject({
      title: "Connection pooling in Node.js services, fixed",
      status: "SUBMITTED",
    });
    expect(stored.bodyHtml).toContain('<h2 id="why-pools"');
    expect(stored.wordCount).toBeGreaterThanOrEqual(320);
    expect(await db.articleRevision.findMany({ where: { articleId: article.id } })).toMatchObject([
      { editorId: editor.id, reason: "edit", version: article.version + 1, title: stored.title },
    ]);
    expect(await db.articleEvent.findMany({ where: { articleId: article.id } })).toMatchObject([
      { actorId: editor.id, reason: "edit", note: "Corrected the title, summary and body" },
    ]);

    // The same text again is not a correction; an old version is a conflict.
    const same = await contentRoute(
      request(path, "PUT", {
        version: article.version + 1,
        ...text("Connection pooling in Node.js services, fixed"),
      }),
      ctx(article.id),
    );
    expect((await problemOf(same)).errors).toEqual({
      form: "Nothing to save: the text is the same as before.",
    });
    const stale = await contentRoute(
      request(path, "PUT", { version: article.version, ...text("Another title here") }),
      ctx(article.id),
    );
    expect(stale.status).toBe(409);
    expect((await problemOf(stale)).detail).toMatch(
      /changed since you opened it\. Eddie Editor edited this article meanwhile/,
    );
  });

  it("holds corrections to the submission guidelines and refuses published articles", async () => {
    const { editor, article, zone, author } = await submission();
    signIn(editor);
    const short = await contentRoute(
      request(`/api/editor/articles/${article.id}/content`, "PUT", {
        version: article.version,
        title: "Short",
        summary: "Too short",
        bodyMarkdown: "Only a few words.",
      }),
      ctx(article.id),
    );
    expect(Object.keys((await problemOf(short)).errors ?? {}).sort()).toEqual([
      "bodyMarkdown",
      "summary",
      "title",
    ]);

    const { createArticle } = await import("@/tests/factories/articles");
    const live = await createArticle({ zoneId: zone.id, authorId: author.id, status: "PUBLISHED" });
    const refused = await contentRoute(
      request(`/api/editor/articles/${live.id}/content`, "PUT", {
        version: live.version,
        ...text("A fine new title"),
      }),
      ctx(live.id),
    );
    expect(refused.status).toBe(409);
    expect((await problemOf(refused)).detail).toMatch(
      /^Only articles waiting for review can be corrected here/,
    );
  });
});

describe("POST /api/editor/articles/revalidate", () => {
  const post = (body: string, signature?: string) =>
    revalidateRoute(
      new Request(`${ORIGIN}/api/editor/articles/revalidate`, {
        method: "POST",
        headers: {
          "Content-Type": "application/json",
          ...(signature ? { "x-zonepress-signature": signature } : {}),
        },
        body,
      }),
    );

  it("expires the tags of a signed, fresh request only", async () => {
    const { body, signature } = signedRevalidation([TAGS.articles, TAGS.zone("java")]);
    const accepted = await post(body, signature);
    expect(accepted.status).toBe(204);
    expect(mocks.expired).toEqual([TAGS.articles, TAGS.zone("java")]);

    mocks.expired.length = 0;
    expect((await post(body)).status).toBe(401);
    expect((await post(body.replace("java", "kotlin"), signature)).status).toBe(401);
    const old = signedRevalidation([TAGS.home], Date.now() - 5 * 60_000);
    expect((await post(old.body, old.signature)).status).toBe(401);
    const junk = signedRevalidation(["not a tag!"]);
    expect((await post(junk.body, junk.signature)).status).toBe(401);
    expect(mocks.expired).toEqual([]);
  });
});
