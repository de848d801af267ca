import { describe, expect, it } from "vitest";
import {
  estimateMinutes,
  estimateWords,
  formatSavedTime,
  readingText,
  saveStateText,
  wordsText,
} from "@/components/write/save-state";
import type { SaveStatus } from "@/components/write/use-autosave";
import { countWords, readingMinutes } from "@/lib/markdown/render";

const status = (over: Partial<SaveStatus>): SaveStatus => ({
  saving: false,
  dirty: false,
  savedAt: null,
  error: null,
  ...over,
});

describe("save state text", () => {
  const now = new Date(2026, 11, 2, 14, 30);

  it("says when the draft was saved, in 24-hour local time", () => {
    expect(saveStateText(status({ savedAt: new Date(2026, 11, 2, 9, 5) }), now)).toBe("Saved at 09:05");
    expect(saveStateText(status({ savedAt: new Date(2026, 10, 30, 23, 59) }), now)).toBe(
      "Saved on 30 Nov at 23:59",
    );
  });

  it("puts saving first, then an error, then unsaved changes", () => {
    const saved = new Date(2026, 11, 2, 9, 5);
    expect(saveStateText(status({ saving: true, dirty: true, error: "x", savedAt: saved }), now)).toBe(
      "Saving…",
    );
    expect(saveStateText(status({ dirty: true, error: "Not saved. Offline.", savedAt: saved }), now)).toBe(
      "Not saved. Offline.",
    );
    expect(saveStateText(status({ dirty: true, savedAt: saved }), now)).toBe("Unsaved changes");
    expect(saveStateText(status({}), now)).toBe("");
  });

  it("leaves the time out until the browser's clock is known (hydration)", () => {
    expect(saveStateText(status({ savedAt: new Date() }), null)).toBe("Saved");
  });

  it("formats counts", () => {
    expect(wordsText(1)).toBe("1 word");
    expect(wordsText(1234)).toBe("1,234 words");
    expect(readingText(3)).toBe("3 min read");
    expect(formatSavedTime(new Date(2026, 0, 5, 7, 3), new Date(2026, 0, 5, 8))).toBe("at 07:03");
  });
});

describe("client-side word count estimate", () => {
  it("matches the server's count on plain prose and ignores markdown syntax", () => {
    const prose = "A slow query hides in plain sight, and 3 indexes help.";
    expect(estimateWords(prose)).toBe(countWords(prose));
    expect(estimateWords("## Why it matters\n\n- **bold** item\n- [a link](https://example.com/x y)")).toBe(
      countWords("Why it matters bold item a link"),
    );
    expect(estimateWords("```ts\nconst a = 1;\n```")).toBe(countWords("const a = 1;"));
  });

  it("uses the server's reading-time rule", () => {
    for (const words of [0, 100, 238, 357, 2_000]) expect(estimateMinutes(words)).toBe(readingMinutes(words));
  });
});
