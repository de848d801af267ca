import { describe, expect, it } from "vitest";
import { pageHref, pageQueryTarget, pagerItems, parsePageSegment, totalPages } from "@/lib/pagination";

const labels = (current: number, pages: number) =>
  pagerItems(current, pages).map((i) => (i.kind === "page" ? String(i.page) : "…"));

describe("pagination", () => {
  it("accepts only plain positive page numbers", () => {
    expect(parsePageSegment("2")).toBe(2);
    expect(parsePageSegment("500")).toBe(500);
    for (const bad of ["0", "-1", "01", "1.5", "1e3", "abc", "", "9999999", " 2"]) {
      expect(parsePageSegment(bad)).toBeNull();
    }
  });

  it("counts pages, with at least one for an empty feed", () => {
    expect(totalPages(0)).toBe(1);
    expect(totalPages(20)).toBe(1);
    expect(totalPages(21)).toBe(2);
  });

  it("shows first pages, tens and the last page with gaps", () => {
    expect(labels(1, 37)).toEqual(["1", "2", "3", "…", "10", "…", "20", "…", "30", "…", "37"]);
    expect(labels(15, 37)).toEqual(["1", "…", "10", "…", "14", "15", "16", "…", "20", "…", "30", "…", "37"]);
    expect(labels(37, 37)).toEqual(["1", "…", "10", "…", "20", "…", "30", "…", "36", "37"]);
    expect(labels(1, 1)).toEqual(["1"]);
    expect(labels(2, 4)).toEqual(["1", "2", "3", "4"]);
  });

  it("keeps the pager short on a long feed but lets readers jump far", () => {
    expect(labels(1, 834)).toEqual("1 2 3 … 10 … 20 … 30 … 100 … 200 … 300 … 834".split(" "));
    expect(labels(500, 834)).toEqual(
      "1 … 200 … 300 … 400 … 470 … 480 … 490 … 499 500 501 … 510 … 520 … 530 … 600 … 700 … 800 … 834".split(
        " ",
      ),
    );
    expect(labels(834, 834).length).toBeLessThan(20);
  });

  it("links page 1 to the feed itself and later pages under /page/n", () => {
    expect(pageHref("/zones/kubernetes", 1)).toBe("/zones/kubernetes");
    expect(pageHref("/zones/kubernetes", 3)).toBe("/zones/kubernetes/page/3");
  });
});

describe("legacy ?page= links", () => {
  it("sends page 1 and empty values to the feed itself", () => {
    expect(pageQueryTarget("/zones/java", "1")).toBe("/zones/java");
    expect(pageQueryTarget("/zones/java", "")).toBe("/zones/java");
  });

  it("sends other values to the path-based page, which validates them", () => {
    expect(pageQueryTarget("/articles", "3")).toBe("/articles/page/3");
    expect(pageQueryTarget("/articles", "abc")).toBe("/articles/page/abc");
    expect(pageQueryTarget("/articles", "../../x?y")).toBe("/articles/page/..%2F..%2Fx%3Fy");
  });
});
