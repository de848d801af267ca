import { expect, request as playwrightRequest, test, type APIRequestContext } from "@playwright/test";
import { curationRows } from "./matrix/curation";
import { emailRows } from "./matrix/email";
import { premiumRows } from "./matrix/premium";
import { reviewRows } from "./matrix/review";
import { searchRows } from "./matrix/search";
import { siteRows } from "./matrix/site";
import { subscriptionsRows } from "./matrix/subscriptions";
import { DEMO, joinApi, logInApi, newMember, requestBase } from "./support/accounts";
import { query } from "./support/database";
import {
  origin,
  page,
  ROLES,
  SIGNED_IN,
  SIGNED_OUT_API,
  SIGNED_OUT_PAGE,
  type Fixtures,
  type Role,
  type Row,
} from "./support/matrix";

// The authorization matrix (issue 4): every action that exists, for every kind of visitor, with
// the answer each must get, asserted against the real route handlers and pages of the built app.
// Later issues add their actions as rows. "Allowed" rows that would destroy shared fixtures are
// sent with a body the action refuses on its merits (422), which still proves the caller got past
// authorization; a denied caller never sees that 422.

const ACCOUNT_AND_AUTHORING_ROWS: Row[] = [
  // Account pages and actions: any signed-in member, on their own account only.
  {
    action: "open Edit Profile",
    send: page("/settings/profile"),
    expect: { ...SIGNED_IN, ...SIGNED_OUT_PAGE },
  },
  {
    action: "open account settings",
    send: page("/settings/account"),
    expect: { ...SIGNED_IN, ...SIGNED_OUT_PAGE },
  },
  {
    action: "edit own profile (invalid name → 422 once authorized)",
    send: (ctx) => ctx.patch("/api/account/profile", { data: { name: "" }, headers: origin() }),
    expect: { member: 422, otherMember: 422, editor: 422, admin: 422, ...SIGNED_OUT_API },
  },
  {
    action: "upload an avatar (not an image → 422 once authorized)",
    send: (ctx) =>
      ctx.post("/api/account/avatar", {
        multipart: { avatar: { name: "a.png", mimeType: "image/png", buffer: Buffer.from("not an image") } },
        headers: origin(),
      }),
    expect: { member: 422, otherMember: 422, editor: 422, admin: 422, ...SIGNED_OUT_API },
  },
  {
    action: "change password (wrong current password → 422 once authorized)",
    send: (ctx) =>
      ctx.post("/api/account/password", {
        data: { currentPassword: "certainly not it", newPassword: "another long passphrase" },
        headers: origin(),
      }),
    expect: { member: 422, otherMember: 422, editor: 422, admin: 422, ...SIGNED_OUT_API },
  },
  {
    action: "export own data (and only one's own)",
    send: (ctx) => ctx.get("/api/account/export"),
    expect: { ...SIGNED_IN, ...SIGNED_OUT_API },
    own: async (response) => ((await response.json()) as { profile: { username: string } }).profile.username,
  },
  {
    action: "ask who is signed in",
    send: (ctx) => ctx.get("/api/me"),
    expect: { anonymous: 200, member: 200, otherMember: 200, editor: 200, admin: 200, suspended: 200 },
    own: async (response) =>
      ((await response.json()) as { user: { username: string } | null }).user?.username ?? null,
  },
  {
    action: "delete own account (no confirmation → 422 once authorized)",
    send: (ctx) => ctx.post("/api/account/delete", { data: { articles: "keep" }, headers: origin() }),
    expect: { member: 422, otherMember: 422, editor: 422, admin: 422, ...SIGNED_OUT_API },
  },
  // Likes: members on published articles; nobody on a draft.
  {
    action: "like a published article",
    send: (ctx, f) => ctx.put(`/api/articles/${f.published.id}/like`, { headers: origin() }),
    expect: { ...SIGNED_IN, ...SIGNED_OUT_API },
  },
  {
    action: "unlike a published article",
    send: (ctx, f) => ctx.delete(`/api/articles/${f.published.id}/like`, { headers: origin() }),
    expect: { ...SIGNED_IN, ...SIGNED_OUT_API },
  },
  {
    action: "like a draft",
    send: (ctx, f) => ctx.put(`/api/articles/${f.draft.id}/like`, { headers: origin() }),
    expect: { member: 404, otherMember: 404, editor: 404, admin: 404, ...SIGNED_OUT_API },
  },
  {
    action: "like from another site (forged Origin)",
    send: (ctx, f) =>
      ctx.put(`/api/articles/${f.published.id}/like`, { headers: { origin: "https://evil.example" } }),
    expect: { anonymous: 403, member: 403, otherMember: 403, editor: 403, admin: 403, suspended: 403 },
  },
  // Drafts are not public: their article URL is a 404 for everyone, the author included, until
  // the authoring issue adds the author's preview.
  {
    action: "view a draft at its public URL",
    send: (ctx, f) => ctx.get(`/articles/${f.draft.slug}`, { maxRedirects: 0 }),
    expect: { anonymous: 404, member: 404, otherMember: 404, editor: 404, admin: 404, suspended: 404 },
  },
  // Authoring (issue 5): only the author sees or touches their drafts; others get a 404 that
  // says nothing about whether the draft exists.
  { action: "open Manage My Drafts", send: page("/drafts"), expect: { ...SIGNED_IN, ...SIGNED_OUT_PAGE } },
  { action: "open Post an Article", send: page("/write"), expect: { ...SIGNED_IN, ...SIGNED_OUT_PAGE } },
  {
    action: "open the member's draft in the editor",
    send: (ctx, f) => ctx.get(`/write/${f.draft.id}`, { maxRedirects: 0 }),
    expect: { ...SIGNED_OUT_PAGE, member: 200, otherMember: 404, editor: 404, admin: 404 },
  },
  {
    action: "read the member's draft",
    send: (ctx, f) => ctx.get(`/api/drafts/${f.draft.id}`),
    expect: { ...SIGNED_OUT_API, member: 200, otherMember: 404, editor: 404, admin: 404 },
  },
  {
    action: "save the member's draft (stale version → 409 once authorized)",
    send: (ctx, f) =>
      ctx.put(`/api/drafts/${f.draft.id}`, {
        data: {
          title: "Overwritten?",
          summary: "",
          bodyMarkdown: "",
          zoneId: f.zoneId,
          tags: [],
          coverImageUrl: null,
          version: 1,
        },
        headers: origin(),
      }),
    expect: { ...SIGNED_OUT_API, member: 409, otherMember: 404, editor: 404, admin: 404 },
  },
  {
    action: "withdraw the member's submitted article",
    send: (ctx, f) => ctx.post(`/api/drafts/${f.submitted.id}/withdraw`, { headers: origin() }),
    expect: { ...SIGNED_OUT_API, member: 200, otherMember: 404, editor: 404, admin: 404 },
  },
  {
    action: "delete the member's draft",
    send: (ctx, f) =>
      ctx.delete(`/api/drafts/${f.draft.id}`, { headers: { ...origin(), "x-matrix": "dry" } }),
    expect: { ...SIGNED_OUT_API, member: 204, otherMember: 404, editor: 404, admin: 404 },
  },
  {
    action: "preview markdown with the server pipeline",
    send: (ctx) => ctx.post("/api/drafts/preview", { data: { bodyMarkdown: "# Hello" }, headers: origin() }),
    expect: { ...SIGNED_IN, ...SIGNED_OUT_API },
  },
  {
    action: "create an API token (no name → 422 once authorized)",
    send: (ctx) => ctx.post("/api/account/tokens", { data: { name: "" }, headers: origin() }),
    expect: { member: 422, otherMember: 422, editor: 422, admin: 422, ...SIGNED_OUT_API },
  },
  {
    action: "use the authoring API with a session cookie instead of a token",
    send: (ctx, f) => ctx.post("/api/v1/drafts", { data: { title: "x", zoneId: f.zoneId } }),
    expect: { anonymous: 401, member: 401, otherMember: 401, editor: 401, admin: 401, suspended: 401 },
  },
  // Editor area: editors and admins; members get a 404 that says nothing more.
  {
    action: "open the Editor Dashboard",
    send: page("/editor"),
    expect: { ...SIGNED_OUT_PAGE, member: 404, otherMember: 404, editor: 200, admin: 200 },
  },
  {
    action: "open member administration",
    send: page("/editor/members"),
    expect: { ...SIGNED_OUT_PAGE, member: 404, otherMember: 404, editor: 200, admin: 200 },
  },
  {
    action: "grant the Core badge to a member",
    send: (ctx, f) =>
      ctx.patch(`/api/editor/members/${f.targetMemberId}`, { data: { isCore: true }, headers: origin() }),
    expect: { ...SIGNED_OUT_API, member: 403, otherMember: 403, editor: 200, admin: 200 },
  },
  {
    action: "change a member's role",
    send: (ctx, f) =>
      ctx.patch(`/api/editor/members/${f.targetMemberId}`, { data: { role: "MEMBER" }, headers: origin() }),
    expect: { ...SIGNED_OUT_API, member: 403, otherMember: 403, editor: 403, admin: 200 },
  },
  {
    action: "suspend or unsuspend an editor",
    send: (ctx, f) =>
      ctx.patch(`/api/editor/members/${f.editorId}`, { data: { suspended: false }, headers: origin() }),
    expect: { ...SIGNED_OUT_API, member: 403, otherMember: 403, editor: 403, admin: 200 },
  },
  {
    action: "change an admin",
    send: (ctx, f) =>
      ctx.patch(`/api/editor/members/${f.adminId}`, { data: { isCore: true }, headers: origin() }),
    expect: { ...SIGNED_OUT_API, member: 403, otherMember: 403, editor: 403, admin: 403 },
  },
];

const MATRIX: Row[] = [
  ...ACCOUNT_AND_AUTHORING_ROWS,
  ...reviewRows,
  ...curationRows,
  ...premiumRows,
  ...siteRows,
  ...emailRows,
  ...subscriptionsRows,
  ...searchRows,
];

test("authorization matrix: every action × every kind of visitor", async () => {
  // About 100 actions × 6 visitors, each a real request (some argon2 logins, some renders).
  test.setTimeout(480_000);
  const contexts = new Map<Role, APIRequestContext>();
  const newContext = (role: Role) =>
    playwrightRequest.newContext({
      baseURL: requestBase(),
      extraHTTPHeaders: { "x-forwarded-for": `198.51.100.${ROLES.indexOf(role) + 10}` },
    });
  for (const role of ROLES) contexts.set(role, await newContext(role));
  const ctx = (role: Role) => contexts.get(role)!;
  const ip = (role: Role) => `198.51.100.${ROLES.indexOf(role) + 10}`;

  const member = newMember("owner");
  const other = newMember("other");
  const suspended = newMember("suspended");
  const target = newMember("target");
  await joinApi(ctx("member"), member, ip("member"));
  await joinApi(ctx("otherMember"), other, ip("otherMember"));
  await joinApi(ctx("suspended"), suspended, ip("suspended"));
  await logInApi(ctx("editor"), DEMO.editor.email, DEMO.editor.password, ip("editor"));
  await logInApi(ctx("admin"), DEMO.admin.email, DEMO.admin.password, ip("admin"));
  const targetContext = await newContext("anonymous");
  await joinApi(targetContext, target, "198.51.100.99");

  const idOf = async (context: APIRequestContext) =>
    ((await (await context.get("/api/me")).json()) as { user: { id: number } }).user.id;
  const suspendedId = await idOf(ctx("suspended"));
  // Its cookies as they were when the suspension happened: /api/me removes a dead session's
  // cookies, so every row gets a fresh context that still presents the suspended session.
  const suspendedState = await ctx("suspended").storageState();
  const suspendResponse = await ctx("admin").patch(`/api/editor/members/${suspendedId}`, {
    data: { suspended: true },
    headers: origin(),
  });
  expect(suspendResponse.status()).toBe(200);

  const [published] = await query<{ id: number; slug: string }>(
    `SELECT id, slug FROM "Article" WHERE status = 'PUBLISHED' ORDER BY "publishedAt" DESC LIMIT 1`,
  );
  const memberId = await idOf(ctx("member"));
  // The member's own draft, so ownership cannot open it either.
  const [zone] = await query<{ id: number; categoryId: number }>(
    `SELECT id, "categoryId" FROM "Zone" LIMIT 1`,
  );
  const [draft] = await query<{ id: number; slug: string; version: number }>(
    `INSERT INTO "Article" (slug, title, "authorId", "zoneId", "categoryId", status, version, "updatedAt")
     VALUES ($1, 'A draft of mine', $2, $3, $4, 'DRAFT', 5, now()) RETURNING id, slug, version`,
    [`matrix-draft-${member.username}`, memberId, zone!.id, zone!.categoryId],
  );
  const [submitted] = await query<{ id: number }>(
    `INSERT INTO "Article" (slug, title, "authorId", "zoneId", "categoryId", status, "submittedAt", "updatedAt")
     VALUES ($1, 'Waiting for review', $2, $3, $4, 'SUBMITTED', now(), now()) RETURNING id`,
    [`matrix-submitted-${member.username}`, memberId, zone!.id, zone!.categoryId],
  );
  const fixtures: Fixtures = {
    published: published!,
    draft: draft!,
    submitted: submitted!,
    zoneId: zone!.id,
    targetMemberId: await idOf(targetContext),
    editorId: (
      await query<{ id: number }>(`SELECT id FROM "User" WHERE username = $1`, [DEMO.editor.username])
    )[0]!.id,
    adminId: (
      await query<{ id: number }>(`SELECT id FROM "User" WHERE username = $1`, [DEMO.admin.username])
    )[0]!.id,
    memberId,
  };

  // Whose data each kind of visitor may see: their own, and nobody's when signed out.
  const usernames: Record<Role, string | null> = {
    anonymous: null,
    member: member.username,
    otherMember: other.username,
    editor: DEMO.editor.username,
    admin: DEMO.admin.username,
    suspended: null,
  };
  const failures: string[] = [];
  const table: string[] = [];
  for (const row of MATRIX) {
    const cells: string[] = [];
    for (const role of ROLES) {
      const suspendedContext =
        role === "suspended"
          ? await playwrightRequest.newContext({
              baseURL: requestBase(),
              storageState: suspendedState,
              extraHTTPHeaders: { "x-forwarded-for": ip(role) },
            })
          : undefined;
      const response = await row.send(suspendedContext ?? ctx(role), fixtures);
      const expected = row.expect[role];
      const location = response.headers()["location"] ?? "";
      const actual =
        [302, 303, 307, 308].includes(response.status()) && /\/login(\?|$)/.test(location)
          ? "login"
          : response.status();
      cells.push(`${role}=${actual}`);
      if (actual !== expected) failures.push(`${row.action} as ${role}: expected ${expected}, got ${actual}`);
      if (row.own && response.status() === 200) {
        const owner = await row.own(response);
        if (owner !== usernames[role]) failures.push(`${row.action} as ${role}: got ${owner}'s data`);
      }
      await suspendedContext?.dispose();
    }
    table.push(`${row.action}: ${cells.join(" ")}`);
  }
  console.log(table.join("\n"));
  expect(failures).toEqual([]);
  // Every action of this matrix was sent by every kind of visitor.
  expect(table).toHaveLength(MATRIX.length);

  for (const context of [...contexts.values(), targetContext]) await context.dispose();
});
