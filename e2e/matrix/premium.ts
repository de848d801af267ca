import { request } from "@playwright/test";
import { DEMO, logInApi, requestBase } from "../support/accounts";
import { query } from "../support/database";
import { origin, page, SIGNED_OUT_API, SIGNED_OUT_PAGE, type Row } from "../support/matrix";

// Refcards and Trend Reports: management and downloads (issue 6). Editors and admins manage them
// (members get 404 pages and 403 answers); any signed-in member downloads; rows that would create
// or change a resource send a body refused on its merits (422), which proves authorization passed.

const EDITORIAL_PAGE = {
  ...SIGNED_OUT_PAGE,
  member: 404,
  otherMember: 404,
  editor: 200,
  admin: 200,
} as const;
const EDITORIAL_API = { ...SIGNED_OUT_API, member: 403, otherMember: 403, editor: 422, admin: 422 } as const;

/** The newest published Refcard that has a PDF (seeded ones all do). */
async function downloadable(): Promise<{ id: number; slug: string }> {
  const [row] = await query<{ id: number; slug: string }>(
    `SELECT id, slug FROM "Resource" WHERE kind = 'REFCARD' AND "publishedAt" <= now() AND "fileUrl" IS NOT NULL
     ORDER BY "publishedAt" DESC, id DESC LIMIT 1`,
  );
  return row!;
}

let demoMembersLink: Promise<string> | undefined;

/**
 * A real signed link, made for the demo member (who is none of the matrix's callers): a link
 * is bound to the member it was made for, so every caller here is refused it.
 */
function someoneElsesLink(): Promise<string> {
  demoMembersLink ??= (async () => {
    const context = await request.newContext({ baseURL: requestBase() });
    await logInApi(context, DEMO.member.email, DEMO.member.password, "198.51.100.77");
    const response = await context.get(`/api/resources/${(await downloadable()).id}/download`, {
      maxRedirects: 0,
    });
    await context.dispose();
    const location = new URL(response.headers()["location"] ?? "", requestBase());
    return `${location.pathname}${location.search}`;
  })();
  return demoMembersLink;
}

export const premiumRows: Row[] = [
  {
    action: "open the Refcards & Trend Reports list",
    send: page("/editor/resources"),
    expect: EDITORIAL_PAGE,
  },
  {
    action: "open the new Refcard form",
    send: page("/editor/resources/new?kind=REFCARD"),
    expect: EDITORIAL_PAGE,
  },
  {
    action: "open a Refcard's edit form",
    send: async (ctx) => ctx.get(`/editor/resources/${(await downloadable()).id}`, { maxRedirects: 0 }),
    expect: EDITORIAL_PAGE,
  },
  {
    action: "create a Refcard (no title → 422 once authorized)",
    send: (ctx) =>
      ctx.post("/api/editor/resources", { data: { kind: "REFCARD", title: "" }, headers: origin() }),
    expect: EDITORIAL_API,
  },
  {
    action: "save a Refcard (no version → 422 once authorized)",
    send: async (ctx) =>
      ctx.put(`/api/editor/resources/${(await downloadable()).id}`, {
        data: { title: "" },
        headers: origin(),
      }),
    expect: EDITORIAL_API,
  },
  {
    action: "upload a resource PDF (an image → 422 once authorized)",
    send: (ctx) =>
      ctx.post("/api/editor/resources/pdf", {
        multipart: {
          pdf: { name: "card.pdf", mimeType: "application/pdf", buffer: Buffer.from("GIF89a not a pdf") },
        },
        headers: origin(),
      }),
    expect: EDITORIAL_API,
  },
  {
    action: "search members to credit as authors",
    send: (ctx) => ctx.get("/api/editor/resources/authors?q=demo"),
    expect: { ...SIGNED_OUT_API, member: 403, otherMember: 403, editor: 200, admin: 200 },
  },
  {
    action: "create a Refcard from another site (forged Origin)",
    send: (ctx) =>
      ctx.post("/api/editor/resources", {
        data: { kind: "REFCARD" },
        headers: { origin: "https://evil.example" },
      }),
    expect: { anonymous: 403, member: 403, otherMember: 403, editor: 403, admin: 403, suspended: 403 },
  },
  // Downloads: members get a signed link (303 to it); signed-out visitors are sent to log in.
  {
    action: "download a Refcard",
    send: async (ctx) => ctx.get(`/api/resources/${(await downloadable()).id}/download`, { maxRedirects: 0 }),
    expect: {
      anonymous: "login",
      suspended: "login",
      member: 303,
      otherMember: 303,
      editor: 303,
      admin: 303,
    },
  },
  {
    action: "fetch a Refcard's PDF with a forged link",
    send: async (ctx) => {
      const { id } = await downloadable();
      const expires = Math.floor(Date.now() / 1000) + 300;
      return ctx.get(`/api/resources/${id}/file?member=1&expires=${expires}&signature=${"A".repeat(43)}`, {
        maxRedirects: 0,
      });
    },
    expect: { anonymous: 403, member: 403, otherMember: 403, editor: 403, admin: 403, suspended: 403 },
  },
  {
    action: "fetch a Refcard's PDF with a link made for another member",
    send: async (ctx) => ctx.get(await someoneElsesLink(), { maxRedirects: 0 }),
    expect: {
      anonymous: "login",
      suspended: "login",
      member: 403,
      otherMember: 403,
      editor: 403,
      admin: 403,
    },
  },
  {
    action: "guess a Refcard's PDF path under /uploads",
    send: async (ctx) => {
      const [row] = await query<{ fileUrl: string }>(`SELECT "fileUrl" FROM "Resource" WHERE id = $1`, [
        (await downloadable()).id,
      ]);
      return ctx.get(`/uploads/${row!.fileUrl}`, { maxRedirects: 0 });
    },
    expect: { anonymous: 404, member: 404, otherMember: 404, editor: 404, admin: 404, suspended: 404 },
  },
];
