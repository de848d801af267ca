import { describe, expect, it } from "vitest";
import { CONTEXT_WORDS, diffRevisions, diffText, type DiffPart } from "@/lib/editorial/diff";

const words = (n: number, prefix = "w") => Array.from({ length: n }, (_, i) => `${prefix}${i}`).join(" ");

/** The text as the diff view shows it, with [+added] and [-removed] marked. */
function render(parts: DiffPart[]): string {
  return parts
    .map((part) => {
      switch (part.kind) {
        case "same":
          return part.text;
        case "added":
          return `[+${part.text}]`;
        case "removed":
          return `[-${part.text}]`;
        case "skipped":
          return `{${part.words} skipped}`;
      }
    })
    .join("");
}

describe("diffText", () => {
  it("says when nothing changed", () => {
    expect(diffText("Same words here", "Same words here")).toEqual({ kind: "unchanged" });
  });

  it("marks replaced, added and removed words and counts them", () => {
    const diff = diffText(
      "Pools make Postgres fast under load",
      "Small pools make Postgres faster under heavy load",
    );
    expect(diff.kind).toBe("changed");
    if (diff.kind !== "changed") return;
    expect(render(diff.parts)).toBe(
      "[-Pools][+Small pools] make Postgres [-fast][+faster] under [+heavy ]load",
    );
    expect(diff).toMatchObject({ addedWords: 4, removedWords: 2, byLine: false });
  });

  it("folds long unchanged stretches to context around each change", () => {
    const before = `${words(200, "a")} typo ${words(200, "b")}`;
    const after = `${words(200, "a")} fixed ${words(200, "b")}`;
    const diff = diffText(before, after);
    if (diff.kind !== "changed") throw new Error(`expected a change, got ${diff.kind}`);
    const skipped = diff.parts.filter((part) => part.kind === "skipped");
    // Before the first change only its end is kept; after the last only its start.
    expect(skipped.map((part) => part.words)).toEqual([200 - CONTEXT_WORDS, 200 - CONTEXT_WORDS]);
    const shown = render(diff.parts);
    expect(shown).toContain("a199 [-typo][+fixed] b0");
    expect(shown).not.toContain("a0 ");
    expect(shown.startsWith(`{${200 - CONTEXT_WORDS} skipped}a${200 - CONTEXT_WORDS} `)).toBe(true);
  });

  it("keeps short unchanged stretches whole and the text exactly as written", () => {
    const before = "First line.\n\nSecond   line with  spaces.";
    const after = "First line.\n\nSecond   line with  more spaces.";
    const diff = diffText(before, after);
    if (diff.kind !== "changed") throw new Error("expected a change");
    expect(diff.parts.some((part) => part.kind === "skipped")).toBe(false);
    expect(render(diff.parts)).toBe("First line.\n\nSecond   line with  [+more ]spaces.");
  });

  it("gives up on texts too different to compare in time instead of blocking", () => {
    // 20,000 distinct words on 2,000 lines replaced by others: no common subsequence to find.
    // Unbounded, this word diff runs for minutes.
    const lines = (prefix: string) =>
      Array.from({ length: 2_000 }, (_, i) => words(10, `${prefix}${i}-`)).join("\n");
    const started = performance.now();
    const diff = diffText(lines("x"), lines("y"));
    expect(performance.now() - started).toBeLessThan(5_000);
    expect(diff.kind).toBe("too-different");
  });
});

describe("diffRevisions", () => {
  it("compares title, summary and body separately", () => {
    const diff = diffRevisions(
      { title: "Pools", summary: "Why pools.", bodyMarkdown: "## Why\n\nBecause." },
      { title: "Pools", summary: "Why small pools.", bodyMarkdown: "## Why\n\nBecause." },
    );
    expect(diff.title.kind).toBe("unchanged");
    expect(diff.summary.kind).toBe("changed");
    expect(diff.body.kind).toBe("unchanged");
  });
});
