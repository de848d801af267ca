import { origin, page, SIGNED_OUT_API, SIGNED_OUT_PAGE, type Row } from "../support/matrix";
import { query } from "../support/database";

// Site management: categories, zones, events, videos, pages (issue 6). Categories, zones and
// content pages are the admins' (the proxy answers 404 to editors on their pages, the handlers
// 403); events and videos are editors' work too. Writes that would change the shared seeded site
// are sent with a body refused on its merits (422), which proves the caller got past the checks.

const ADMIN_PAGE = { ...SIGNED_OUT_PAGE, member: 404, otherMember: 404, editor: 404, admin: 200 } as const;
const EDITOR_PAGE = { ...SIGNED_OUT_PAGE, member: 404, otherMember: 404, editor: 200, admin: 200 } as const;
const adminApi = (allowed: number) =>
  ({ ...SIGNED_OUT_API, member: 403, otherMember: 403, editor: 403, admin: allowed }) as const;
const editorApi = (allowed: number) =>
  ({ ...SIGNED_OUT_API, member: 403, otherMember: 403, editor: allowed, admin: allowed }) as const;

async function firstId(table: "Category" | "Zone" | "Event" | "Video" | "Page"): Promise<number> {
  const [row] = await query<{ id: number }>(`SELECT id FROM "${table}" ORDER BY id LIMIT 1`);
  return row!.id;
}

/** A body every update schema refuses (no name or title, no version). */
const INVALID = { name: "", title: "" };

export const siteRows: Row[] = [
  // Pages.
  { action: "open Categories & zones", send: page("/editor/taxonomy"), expect: ADMIN_PAGE },
  { action: "open New category", send: page("/editor/taxonomy/categories/new"), expect: ADMIN_PAGE },
  {
    action: "open a category's editor",
    send: async (ctx) =>
      ctx.get(`/editor/taxonomy/categories/${await firstId("Category")}`, { maxRedirects: 0 }),
    expect: ADMIN_PAGE,
  },
  { action: "open New zone", send: page("/editor/taxonomy/zones/new"), expect: ADMIN_PAGE },
  {
    action: "open a zone's editor",
    send: async (ctx) => ctx.get(`/editor/taxonomy/zones/${await firstId("Zone")}`, { maxRedirects: 0 }),
    expect: ADMIN_PAGE,
  },
  { action: "open content pages", send: page("/editor/pages"), expect: ADMIN_PAGE },
  { action: "open New page", send: page("/editor/pages/new"), expect: ADMIN_PAGE },
  {
    action: "open a content page's editor",
    send: async (ctx) => ctx.get(`/editor/pages/${await firstId("Page")}`, { maxRedirects: 0 }),
    expect: ADMIN_PAGE,
  },
  { action: "open editor events", send: page("/editor/events"), expect: EDITOR_PAGE },
  { action: "open New event", send: page("/editor/events/new"), expect: EDITOR_PAGE },
  {
    action: "open an event's editor",
    send: async (ctx) => ctx.get(`/editor/events/${await firstId("Event")}`, { maxRedirects: 0 }),
    expect: EDITOR_PAGE,
  },
  { action: "open editor videos", send: page("/editor/videos"), expect: EDITOR_PAGE },
  { action: "open New video", send: page("/editor/videos/new"), expect: EDITOR_PAGE },
  {
    action: "open a video's editor",
    send: async (ctx) => ctx.get(`/editor/videos/${await firstId("Video")}`, { maxRedirects: 0 }),
    expect: EDITOR_PAGE,
  },

  // Categories and zones (admins).
  {
    action: "create a category (no name → 422 once authorized)",
    send: (ctx) => ctx.post("/api/editor/categories", { data: INVALID, headers: origin() }),
    expect: adminApi(422),
  },
  {
    action: "edit a category (no name → 422 once authorized)",
    send: async (ctx) =>
      ctx.patch(`/api/editor/categories/${await firstId("Category")}`, { data: INVALID, headers: origin() }),
    expect: adminApi(422),
  },
  {
    action: "reorder a category (no direction → 422 once authorized)",
    send: async (ctx) =>
      ctx.post(`/api/editor/categories/${await firstId("Category")}/move`, { data: {}, headers: origin() }),
    expect: adminApi(422),
  },
  {
    action: "delete a category that has zones (409 once authorized)",
    send: async (ctx) =>
      ctx.delete(`/api/editor/categories/${await firstId("Category")}`, { headers: origin() }),
    expect: adminApi(409),
  },
  {
    action: "create a zone (no name → 422 once authorized)",
    send: (ctx) => ctx.post("/api/editor/zones", { data: INVALID, headers: origin() }),
    expect: adminApi(422),
  },
  {
    action: "edit or move a zone (no name → 422 once authorized)",
    send: async (ctx) =>
      ctx.patch(`/api/editor/zones/${await firstId("Zone")}`, { data: INVALID, headers: origin() }),
    expect: adminApi(422),
  },
  {
    action: "reorder a zone (no direction → 422 once authorized)",
    send: async (ctx) =>
      ctx.post(`/api/editor/zones/${await firstId("Zone")}/move`, { data: {}, headers: origin() }),
    expect: adminApi(422),
  },
  {
    action: "delete a zone that has articles (409 once authorized)",
    send: async (ctx) => ctx.delete(`/api/editor/zones/${await firstId("Zone")}`, { headers: origin() }),
    expect: adminApi(409),
  },
  {
    action: "create a category from another site (forged Origin)",
    send: (ctx) =>
      ctx.post("/api/editor/categories", { data: INVALID, headers: { origin: "https://evil.example" } }),
    expect: { anonymous: 403, member: 403, otherMember: 403, editor: 403, admin: 403, suspended: 403 },
  },

  // Content pages (admins).
  {
    action: "create a content page (no title → 422 once authorized)",
    send: (ctx) => ctx.post("/api/editor/pages", { data: INVALID, headers: origin() }),
    expect: adminApi(422),
  },
  {
    action: "edit a content page (no title → 422 once authorized)",
    send: async (ctx) =>
      ctx.patch(`/api/editor/pages/${await firstId("Page")}`, { data: INVALID, headers: origin() }),
    expect: adminApi(422),
  },
  {
    action: "delete an unknown content page (404 once authorized)",
    send: (ctx) => ctx.delete("/api/editor/pages/2147483647", { headers: origin() }),
    expect: adminApi(404),
  },

  // Events and videos (editors and admins).
  {
    action: "create an event (no title → 422 once authorized)",
    send: (ctx) => ctx.post("/api/editor/events", { data: INVALID, headers: origin() }),
    expect: editorApi(422),
  },
  {
    action: "edit an event (no title → 422 once authorized)",
    send: async (ctx) =>
      ctx.patch(`/api/editor/events/${await firstId("Event")}`, { data: INVALID, headers: origin() }),
    expect: editorApi(422),
  },
  {
    action: "delete an unknown event (404 once authorized)",
    send: (ctx) => ctx.delete("/api/editor/events/2147483647", { headers: origin() }),
    expect: editorApi(404),
  },
  {
    action: "add a video from a site not on the allow-list (422 once authorized)",
    send: (ctx) =>
      ctx.post("/api/editor/videos", {
        data: { title: "Elsewhere", videoUrl: "https://www.dailymotion.com/video/x8abcd", duration: "1:00" },
        headers: origin(),
      }),
    expect: editorApi(422),
  },
  {
    action: "edit a video (no title → 422 once authorized)",
    send: async (ctx) =>
      ctx.patch(`/api/editor/videos/${await firstId("Video")}`, { data: INVALID, headers: origin() }),
    expect: editorApi(422),
  },
  {
    action: "delete an unknown video (404 once authorized)",
    send: (ctx) => ctx.delete("/api/editor/videos/2147483647", { headers: origin() }),
    expect: editorApi(404),
  },
];
