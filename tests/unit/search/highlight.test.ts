import { describe, expect, it } from "vitest";
import { highlightSegments, MARK_START as S, MARK_STOP as E } from "@/lib/search/highlight";

describe("highlightSegments", () => {
  it("splits a headline into plain and marked runs", () => {
    expect(highlightSegments(`Running ${S}Kafka${E} ${S}Streams${E} at scale`)).toEqual([
      { text: "Running ", mark: false },
      { text: "Kafka", mark: true },
      { text: " ", mark: false },
      { text: "Streams", mark: true },
      { text: " at scale", mark: false },
    ]);
  });

  it("keeps markup in the text as text: rendering never turns it into HTML", () => {
    const segments = highlightSegments(`<img src=x onerror=alert(1)> ${S}<script>${E}&amp;`);
    expect(segments).toEqual([
      { text: "<img src=x onerror=alert(1)> ", mark: false },
      { text: "<script>", mark: true },
      { text: "&amp;", mark: false },
    ]);
  });

  it("survives stray or unbalanced markers without leaking them", () => {
    const texts = [`${E}a${S}`, `${S}${S}b${E}${E}`, `${S}open`, `${E}${E}`, ""];
    for (const text of texts) {
      const joined = highlightSegments(text)
        .map((segment) => segment.text)
        .join("");
      expect(joined).not.toMatch(/[\uE000\uE001]/);
    }
    expect(highlightSegments(`${S}open`)).toEqual([{ text: "open", mark: true }]);
  });
});
