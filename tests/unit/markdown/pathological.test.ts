import { afterAll, describe, expect, it } from "vitest";
import { MAX_NESTING_DEPTH } from "@/lib/markdown/limits";
import { closeRenderPool, renderInWorker } from "@/lib/markdown/pool";
import { renderDocument } from "@/lib/markdown/render-document";
import { planBodyPool } from "@/prisma/seed/body-pool";

// The inputs ENVIRONMENT.md measured as denials of service. Each must be refused before
// parsing, and, should one slip past the bounds, end within the worker's time limit while
// the main thread (the one serving every other request) keeps running.

function table(columns: number, rows: number): string {
  const row = `|${" x |".repeat(columns)}\n`;
  return `|${" h |".repeat(columns)}\n|${" - |".repeat(columns)}\n${row.repeat(rows - 1)}`;
}

const PATHOLOGICAL = [
  {
    name: '"* " × 4,000 then "a"',
    markdown: `${"* ".repeat(4000)}a`,
    reason: "too-deep",
    says: /4,000 levels deep/,
  },
  {
    name: "1,000-deep blockquotes",
    markdown: `${"> ".repeat(1000)}x`,
    reason: "too-deep",
    says: /1,000 levels deep/,
  },
  {
    name: "a 16,000-cell table",
    markdown: table(40, 400),
    reason: "too-large",
    says: /more than 10,000 cells/,
  },
  { name: '16,000 "[a](" openers', markdown: "[a](".repeat(16_000), reason: "too-deep", says: /“\[”/ },
] as const;

/**
 * Runs `work` while a timer on this thread counts ticks every 5 ms. If the work blocked this
 * thread, the timer could not fire: few ticks, and one gap as long as the work itself.
 */
async function whileTicking<T>(work: () => Promise<T>) {
  let ticks = 0;
  let last = performance.now();
  let longestGap = 0;
  const timer = setInterval(() => {
    const now = performance.now();
    longestGap = Math.max(longestGap, now - last);
    last = now;
    ticks++;
  }, 5);
  try {
    const result = await work();
    longestGap = Math.max(longestGap, performance.now() - last);
    return { result, ticks, longestGap };
  } finally {
    clearInterval(timer);
  }
}

afterAll(closeRenderPool);

describe("pathological markdown", () => {
  for (const input of PATHOLOGICAL) {
    it(`refuses ${input.name} before parsing, saying why`, async () => {
      const outcome = await renderDocument(input.markdown);
      expect(outcome).toMatchObject({ ok: false, reason: input.reason });
      if (!outcome.ok) expect(outcome.message).toMatch(input.says);
    });
  }

  for (const input of PATHOLOGICAL) {
    it(`ends ${input.name} within the worker's limit, off the main thread, when sent unbounded`, async () => {
      const { result, ticks, longestGap } = await whileTicking(() => renderInWorker(input.markdown));
      // Rendered, timed out, or crashed its own worker (the "* " input overflows the stack):
      // all three answer the request; none is the 10–30 s stall this input causes in-process.
      expect(result.ok || ["timeout", "failed"].includes(result.reason)).toBe(true);
      expect(ticks).toBeGreaterThan(20);
      expect(longestGap).toBeLessThan(1_000);
    }, 20_000);
  }

  it("nests up to the limit but not beyond", async () => {
    const atLimit = await renderDocument(`${"> ".repeat(MAX_NESTING_DEPTH)}deep`);
    expect(atLimit.ok).toBe(true);
    const beyond = await renderDocument(`${"> ".repeat(MAX_NESTING_DEPTH + 1)}deep`);
    expect(beyond).toMatchObject({ ok: false, reason: "too-deep" });
  });

  it("refuses a body over 100 KB (counted in UTF-8 bytes, not characters)", async () => {
    const outcome = await renderDocument("é".repeat(52_000)); // 52,000 characters, 104,000 bytes
    expect(outcome).toMatchObject({ ok: false, reason: "too-large" });
    if (!outcome.ok) expect(outcome.message).toMatch(/102 KB; the limit is 100 KB/);
  });

  it("does not count brackets, bars or markers inside fenced code", async () => {
    const code = `\`\`\`\n${"[a](x) | * > ".repeat(2_000)}\n\`\`\`\n`;
    const outcome = await renderDocument(code);
    expect(outcome.ok).toBe(true);
  });

  it("renders a normal article", async () => {
    const markdown = planBodyPool(7, 1).markdown[0]!;
    const outcome = await renderDocument(markdown);
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect(outcome.rendered.html).toMatch(/<h2 id="[^"]+">/);
    expect(outcome.rendered.wordCount).toBeGreaterThan(300);
    expect(outcome.rendered.toc.length).toBeGreaterThan(0);
  }, 20_000);
});
