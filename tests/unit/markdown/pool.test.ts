import { afterAll, describe, expect, it } from "vitest";
import { checkLimits } from "@/lib/markdown/limits";
import { closeRenderPool } from "@/lib/markdown/pool";
import { renderDocument } from "@/lib/markdown/render-document";

// Runs through renderDocument, the entry point every save and preview uses.

// Emphasis openers are within every bound (they are common in real text) yet cost the parser
// quadratic time: ~30 s in-process for this one. Only the worker's time limit stops it.
const SLOW = "*a".repeat(16_000);

afterAll(closeRenderPool);

describe("render pool", () => {
  it("renders concurrent documents, each with its own result", async () => {
    const docs = [1, 2, 3, 4].map(
      (n) => `## Section ${n}\n\nParagraph ${n} with \`code\` and a [link](/zones/${n}).`,
    );
    const outcomes = await Promise.all(docs.map((markdown) => renderDocument(markdown)));
    outcomes.forEach((outcome, i) => {
      expect(outcome.ok).toBe(true);
      if (outcome.ok) {
        expect(outcome.rendered.toc).toEqual([
          { depth: 2, id: `section-${i + 1}`, text: `Section ${i + 1}` },
        ]);
        expect(outcome.rendered.html).toContain(`<a href="/zones/${i + 1}">link</a>`);
      }
    });
  }, 20_000);

  it("gives up on a document that renders too long, says so, and keeps rendering others", async () => {
    expect(checkLimits(SLOW)).toBeNull();
    // The other document is sent while the slow one holds a worker: the second thread takes it.
    const [slow, meanwhile] = await Promise.all([
      renderDocument(SLOW),
      new Promise((resolve) => setTimeout(resolve, 200)).then(() => renderDocument("Still *here*.")),
    ]);
    expect(slow).toMatchObject({ ok: false, reason: "timeout" });
    if (!slow.ok) expect(slow.message).toMatch(/longer than 2 seconds/);
    expect(meanwhile).toMatchObject({ ok: true, rendered: { html: "<p>Still <em>here</em>.</p>" } });

    // The timed-out worker was terminated; the pool replaces it and renders the next document.
    const after = await Promise.all([renderDocument("# One"), renderDocument("# Two")]);
    expect(after.map((outcome) => outcome.ok)).toEqual([true, true]);
  }, 30_000);
});
