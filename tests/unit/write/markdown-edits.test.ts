import { describe, expect, it } from "vitest";
import {
  bold,
  code,
  heading,
  indent,
  italic,
  link,
  outdent,
  type TextEdit,
} from "@/components/write/markdown-edits";

/** The text after applying `edit`, with the selection marked as [[…]]. */
function apply(value: string, edit: TextEdit): string {
  const next = value.slice(0, edit.start) + edit.text + value.slice(edit.end);
  const { start, end } = edit.select;
  return `${next.slice(0, start)}[[${next.slice(start, end)}]]${next.slice(end)}`;
}

describe("formatting commands", () => {
  it("wraps the selection in bold or italic markers and keeps the words selected", () => {
    expect(apply("make this loud", bold("make this loud", { start: 5, end: 9 }))).toBe(
      "make **[[this]]** loud",
    );
    expect(apply("an aside", italic("an aside", { start: 3, end: 8 }))).toBe("an _[[aside]]_");
  });

  it("inserts a selected placeholder when nothing is selected", () => {
    expect(apply("x ", bold("x ", { start: 2, end: 2 }))).toBe("x **[[bold text]]**");
  });

  it("makes inline code of one line and a fenced block of several", () => {
    expect(apply("run npm test now", code("run npm test now", { start: 4, end: 12 }))).toBe(
      "run `[[npm test]]` now",
    );
    const block = "intro\nconst a = 1;\nconst b = 2;";
    expect(apply(block, code(block, { start: 6, end: block.length }))).toBe(
      "intro\n```\n[[const a = 1;\nconst b = 2;]]\n```\n",
    );
  });

  it("turns the selection into a link with the address selected to type over", () => {
    expect(apply("see the docs", link("see the docs", { start: 8, end: 12 }))).toBe(
      "see the [docs]([[https://]])",
    );
  });

  it("toggles a level-2 heading on the caret's line only", () => {
    const text = "first\nWhy it matters\nlast";
    const on = heading(text, { start: 9, end: 9 });
    const withHeading = text.slice(0, on.start) + on.text + text.slice(on.end);
    expect(withHeading).toBe("first\n## Why it matters\nlast");
    const off = heading(withHeading, { start: 12, end: 12 });
    expect(withHeading.slice(0, off.start) + off.text + withHeading.slice(off.end)).toBe(text);
  });

  it("indents with two spaces at the caret, or every selected line", () => {
    expect(apply("ab", indent("ab", { start: 1, end: 1 }))).toBe("a  [[]]b");
    const lines = "- one\n- two\n- three";
    const edit = indent(lines, { start: 2, end: 11 });
    expect(lines.slice(0, edit.start) + edit.text + lines.slice(edit.end)).toBe("  - one\n  - two\n- three");
  });

  it("outdents by up to two spaces and never past the line start", () => {
    const text = "    deep\n plain";
    const edit = outdent(text, { start: 0, end: text.length });
    expect(text.slice(0, edit.start) + edit.text + text.slice(edit.end)).toBe("  deep\nplain");
    const caret = outdent("  x", { start: 3, end: 3 });
    expect(apply("  x", caret)).toBe("x[[]]");
  });
});
