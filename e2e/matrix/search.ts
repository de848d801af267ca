import type { Row } from "../support/matrix";

// Search and the public read API (issue 8): all anonymous reads, the same for everyone, so
// every kind of visitor (a suspended member too) gets them.
const EVERYONE = {
  anonymous: 200,
  member: 200,
  otherMember: 200,
  editor: 200,
  admin: 200,
  suspended: 200,
} as const;

export const searchRows: Row[] = [
  {
    action: "search the site",
    send: (ctx) => ctx.get("/search?q=kubernetes", { maxRedirects: 0 }),
    expect: EVERYONE,
  },
  {
    action: "ask the search box for suggestions",
    send: (ctx) => ctx.get("/api/search/suggest?q=kub"),
    expect: EVERYONE,
  },
  {
    action: "read the public JSON API",
    send: (ctx, f) => ctx.get(`/api/v1/articles/${f.published.slug}`),
    expect: EVERYONE,
  },
];
