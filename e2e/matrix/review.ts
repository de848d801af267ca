import { origin, page, SIGNED_OUT_API, SIGNED_OUT_PAGE, type Row } from "../support/matrix";

// Editorial review and decisions (issue 6). Every decision is sent with a body refused on its
// merits (422), which proves the caller got past authorization without deciding anything on the
// shared fixtures.
const EDITORS_ONLY_PAGE = {
  ...SIGNED_OUT_PAGE,
  member: 404,
  otherMember: 404,
  editor: 200,
  admin: 200,
} as const;
const EDITORS_422 = { ...SIGNED_OUT_API, member: 403, otherMember: 403, editor: 422, admin: 422 } as const;
const json = (data: unknown) => ({ data, headers: origin() });

export const reviewRows: Row[] = [
  {
    action: "open a submission's review page",
    send: (ctx, f) => ctx.get(`/editor/review/${f.submitted.id}`, { maxRedirects: 0 }),
    expect: EDITORS_ONLY_PAGE,
  },
  {
    action: "open the review page of an unknown article",
    send: page("/editor/review/2000000000"),
    expect: { ...SIGNED_OUT_PAGE, member: 404, otherMember: 404, editor: 404, admin: 404 },
  },
  {
    action: "open published article management",
    send: page("/editor/articles?status=unpublished"),
    expect: EDITORS_ONLY_PAGE,
  },
  {
    action: "publish a submission (no version → 422 once authorized)",
    send: (ctx, f) => ctx.post(`/api/editor/articles/${f.submitted.id}/publish`, json({ version: 0 })),
    expect: EDITORS_422,
  },
  {
    action: "publish from another site (forged Origin)",
    send: (ctx, f) =>
      ctx.post(`/api/editor/articles/${f.submitted.id}/publish`, {
        data: { version: 1 },
        headers: { origin: "https://evil.example" },
      }),
    expect: { anonymous: 403, member: 403, otherMember: 403, editor: 403, admin: 403, suspended: 403 },
  },
  {
    action: "schedule a submission (time in the past → 422 once authorized)",
    send: (ctx, f) =>
      ctx.put(
        `/api/editor/articles/${f.submitted.id}/schedule`,
        json({ version: 1, publishAt: "2020-01-01T00:00:00.000Z" }),
      ),
    expect: EDITORS_422,
  },
  {
    action: "cancel a schedule (no version → 422 once authorized)",
    send: (ctx, f) => ctx.delete(`/api/editor/articles/${f.submitted.id}/schedule`, json({ version: 0 })),
    expect: EDITORS_422,
  },
  {
    action: "request changes (no feedback → 422 once authorized)",
    send: (ctx, f) =>
      ctx.post(`/api/editor/articles/${f.submitted.id}/request-changes`, json({ version: 1, feedback: "" })),
    expect: EDITORS_422,
  },
  {
    action: "reject a submission (no reason → 422 once authorized)",
    send: (ctx, f) =>
      ctx.post(`/api/editor/articles/${f.submitted.id}/reject`, json({ version: 1, reason: "", note: "" })),
    expect: EDITORS_422,
  },
  {
    action: "correct a submission's text (no version → 422 once authorized)",
    send: (ctx, f) =>
      ctx.put(
        `/api/editor/articles/${f.submitted.id}/content`,
        json({ version: 0, title: "x", summary: "", bodyMarkdown: "" }),
      ),
    expect: EDITORS_422,
  },
  {
    action: "unpublish a published article (no version → 422 once authorized)",
    send: (ctx, f) => ctx.post(`/api/editor/articles/${f.published.id}/unpublish`, json({ version: 0 })),
    expect: EDITORS_422,
  },
  {
    action: "re-publish an article (no version → 422 once authorized)",
    send: (ctx, f) => ctx.post(`/api/editor/articles/${f.published.id}/republish`, json({ version: 0 })),
    expect: EDITORS_422,
  },
  {
    action: "ask for cache revalidation without the jobs' signature",
    send: (ctx) =>
      ctx.post("/api/editor/articles/revalidate", json({ tags: ["articles"], issuedAt: Date.now() })),
    expect: { anonymous: 401, member: 401, otherMember: 401, editor: 401, admin: 401, suspended: 401 },
  },
];
