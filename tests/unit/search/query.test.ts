import { describe, expect, it } from "vitest";
import {
  contentPath,
  MAX_QUERY_LENGTH,
  MAX_SEARCH_PAGES,
  normalizeQuery,
  searchHref,
  suggestionWords,
} from "@/lib/search/query";
import { parseSearchRequest } from "@/lib/search/request";

describe("normalizeQuery", () => {
  it("trims, collapses whitespace and composes Unicode", () => {
    expect(normalizeQuery("  kafka \n\t streams  ")).toEqual({ q: "kafka streams", truncated: false });
    expect(normalizeQuery("cafe\u0301").q).toBe("café");
  });

  it("drops control and private-use characters (the highlight markers among them)", () => {
    expect(normalizeQuery("a\u0000b\uE000c\uE001d\u0007").q).toBe("a b c d");
  });

  it(`cuts at ${MAX_QUERY_LENGTH} characters, counting emoji as one`, () => {
    const long = normalizeQuery("🚀".repeat(MAX_QUERY_LENGTH + 5));
    expect(long.truncated).toBe(true);
    expect(Array.from(long.q)).toHaveLength(MAX_QUERY_LENGTH);
    expect(normalizeQuery("x".repeat(10 * 1024))).toMatchObject({ truncated: true });
  });
});

describe("parseSearchRequest", () => {
  it("reads every parameter", () => {
    expect(parseSearchRequest(new URLSearchParams("q=kafka&type=events&zone=DevOps&page=3"))).toEqual({
      q: "kafka",
      truncated: false,
      type: "events",
      zone: "devops",
      page: 3,
    });
  });

  it("takes the first of repeated parameters from Next's searchParams object", () => {
    expect(parseSearchRequest({ q: ["first", "second"], page: ["2", "9"] })).toMatchObject({
      q: "first",
      page: 2,
    });
  });

  it("falls back per parameter and caps the page", () => {
    expect(parseSearchRequest({ q: "x", type: "Articles", zone: "a b", page: "1e3" })).toMatchObject({
      type: null,
      zone: null,
      page: 1,
    });
    expect(parseSearchRequest({ page: "999999" }).page).toBe(MAX_SEARCH_PAGES);
  });
});

describe("searchHref", () => {
  it("leaves defaults out so equal searches share a URL", () => {
    expect(searchHref({ q: "", type: null, zone: null, page: 1 })).toBe("/search");
    expect(searchHref({ q: "a&b c", type: "trend-reports", zone: "devops", page: 2 })).toBe(
      "/search?q=a%26b+c&type=trend-reports&zone=devops&page=2",
    );
  });
});

describe("suggestionWords", () => {
  it("keeps words as the text-search parser sees them, minus tsquery syntax", () => {
    expect(suggestionWords("Node.js  C# gRPC-Web")).toEqual(["node.js", "c#", "grpc-web"]);
    expect(suggestionWords(`kafka:* & !pulsar | 'x' (y) <z>`)).toEqual(["kafka", "pulsar", "x", "y", "z"]);
    expect(suggestionWords(`"w" \\v`)).toEqual(["w", "v"]);
  });

  it("looks at the first six words", () => {
    expect(suggestionWords("a1 b2 c3 d4 e5 f6 g7")).toEqual(["a1", "b2", "c3", "d4", "e5", "f6"]);
  });

  it("wants at least two letters or digits", () => {
    expect(suggestionWords("k")).toEqual([]);
    expect(suggestionWords("!! ?")).toEqual([]);
    expect(suggestionWords("k8")).toEqual(["k8"]);
  });
});

describe("contentPath", () => {
  it("is the type's listing path plus the slug", () => {
    expect(contentPath("trend-reports", "state of devops")).toBe("/trend-reports/state%20of%20devops");
  });
});
