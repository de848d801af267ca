import { describe, expect, it } from "vitest";
import { formatLongDate, htmlExcerpt, pluralize } from "@/lib/format";

describe("format", () => {
  it("pluralises counts the way readers expect", () => {
    expect(pluralize(0, "Like")).toBe("0 Likes");
    expect(pluralize(1, "Like")).toBe("1 Like");
    expect(pluralize(2, "Like")).toBe("2 Likes");
    expect(pluralize(12_345, "View")).toBe("12,345 Views");
  });

  it("writes the long date in UTC whatever the server's time zone", () => {
    // 02:30 UTC is still the previous evening in São Paulo (the zone tests run in).
    expect(formatLongDate(new Date(Date.UTC(2026, 11, 1, 2, 30)))).toBe("Tuesday, December 1, 2026");
  });

  it("makes a plain-text excerpt of stored HTML, cut at a word", () => {
    const html =
      '<h2 id="a">Intro</h2><p>Tom &amp; Jerry &lt;3 caching.</p><p>' + "word ".repeat(60) + "</p>";
    const excerpt = htmlExcerpt(html, 40);
    expect(excerpt.startsWith("Intro Tom & Jerry <3 caching.")).toBe(true);
    expect(excerpt.length).toBeLessThanOrEqual(40);
    expect(excerpt.endsWith("…")).toBe(true);
    expect(htmlExcerpt("<p>Short.</p>")).toBe("Short.");
  });
});
