import { describe, expect, it } from "vitest";
import { GET as categoryFeed } from "@/app/(site)/categories/[slug]/feed.xml/route";
import { GET as calendar } from "@/app/(site)/events/[slug]/calendar.ics/route";
import { GET as articleRoute } from "@/app/api/v1/articles/[slug]/route";
import { GET as articlesRoute } from "@/app/api/v1/articles/route";
import { apiRequest, call } from "./public-helpers";

// PostgreSQL refuses a NUL in text, so a lookup with one used to end as a 500. Found by the
// malformed-input walk (e2e/malformed-input.spec.ts); each answers a clean 4xx now.

describe("control characters in slugs and query parameters", () => {
  it("answers 404 for a public API slug with a NUL", async () => {
    const response = await call(articleRoute, "/api/v1/articles/a%00b", { slug: "a\u0000b" });
    expect(response.status).toBe(404);
    expect(response.headers.get("content-type")).toBe("application/problem+json");
    expect(response.headers.get("access-control-allow-origin")).toBe("*");
  });

  it("answers 400 naming the query parameter", async () => {
    const response = await call(articlesRoute, "/api/v1/articles?tag=a%00b");
    expect(response.status).toBe(400);
    expect(((await response.json()) as { errors: object }).errors).toEqual({
      tag: "must not contain NUL or other control characters",
    });
  });

  it("checks a list route whose context params resolve to undefined, as Next passes them", async () => {
    // Next hands routes without dynamic segments a context whose params promise resolves to
    // undefined; the segment check once read it as an object and answered 500 on every list.
    const response = await articlesRoute(apiRequest("/api/v1/articles?limit=many"), {
      params: Promise.resolve(undefined as unknown as Record<string, string>),
    });
    expect(response.status).toBe(400);
    expect(((await response.json()) as { errors: object }).errors).toHaveProperty("limit");
  });

  it("answers 404 for a feed or calendar slug with a control character", async () => {
    const feed = await categoryFeed(new Request("http://localhost:3000/categories/a%00b/feed.xml"), {
      params: Promise.resolve({ slug: "a\u0000b" }),
    });
    expect(feed.status).toBe(404);
    const ics = await calendar(new Request("http://localhost:3000/events/%1B/calendar.ics"), {
      params: Promise.resolve({ slug: "\u001b[31m" }),
    });
    expect(ics.status).toBe(404);
  });
});
