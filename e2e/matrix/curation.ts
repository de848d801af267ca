import { origin, page, SIGNED_OUT_API, SIGNED_OUT_PAGE, type Row } from "../support/matrix";

// Curation (issue 6): editors and admins only. The save is sent with an end before its start,
// which the handler refuses on its merits (422) once the caller is authorized, so the matrix
// never changes the shared Spotlight.
const EDITORS_API = { ...SIGNED_OUT_API, member: 403, otherMember: 403, editor: 200, admin: 200 } as const;

export const curationRows: Row[] = [
  {
    action: "open the curation page",
    send: page("/editor/curation"),
    expect: { ...SIGNED_OUT_PAGE, member: 404, otherMember: 404, editor: 200, admin: 200 },
  },
  {
    action: "read a curated slot",
    send: (ctx) => ctx.get("/api/editor/curation/slots/home"),
    expect: EDITORS_API,
  },
  {
    action: "search the curation picker",
    send: (ctx) => ctx.get("/api/editor/curation/search?slot=home&q=a"),
    expect: EDITORS_API,
  },
  {
    action: "save a curated slot (end before start → 422 once authorized)",
    send: (ctx, f) =>
      ctx.put("/api/editor/curation/slots/home", {
        data: {
          version: "matrix",
          entries: [
            {
              kind: "article",
              targetId: f.published.id,
              startsAt: "2030-01-02T00:00:00.000Z",
              endsAt: "2030-01-01T00:00:00.000Z",
            },
          ],
        },
        headers: origin(),
      }),
    expect: { ...SIGNED_OUT_API, member: 403, otherMember: 403, editor: 422, admin: 422 },
  },
];
