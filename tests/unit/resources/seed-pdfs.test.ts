import { describe, expect, it } from "vitest";
import { checkPdf } from "@/lib/uploads/pdf";
import { buildPdf, seedPdfKey } from "@/prisma/seed/resource-pdf";
import { planResources } from "@/prisma/seed/resources";
import { planUsers } from "@/prisma/seed/users";

// Every seeded Refcard and Trend Report gets a PDF that our own upload check would accept, under
// a key that no public URL serves and that the same content always gets again.

describe("the demo content's PDFs", () => {
  const now = new Date("2026-12-01T12:00:00Z");
  const plans = planResources(4242, planUsers(4242, 60, now), now);

  it("are valid PDFs with the resource's title and summary, one distinct file each", async () => {
    const keys = new Set<string>();
    for (const plan of plans) {
      const pdf = buildPdf(plan.pdf);
      expect(await checkPdf(pdf), plan.slug).toEqual({ ok: true });
      const text = pdf.toString("latin1");
      expect(text).toContain(`(${plan.title.replace(/[()\\]/g, (c) => `\\${c}`)}) Tj`);
      expect(plan.pdf.lines).toContain(plan.summary);
      keys.add(seedPdfKey(pdf));
    }
    expect(keys.size).toBe(plans.length);
    for (const key of keys) expect(key).toMatch(/^resources\/seed-[0-9a-f]{32}\.pdf$/);
  });

  it("are the same bytes when seeded again", () => {
    const again = planResources(4242, planUsers(4242, 60, now), now);
    expect(again.map((plan) => seedPdfKey(buildPdf(plan.pdf)))).toEqual(
      plans.map((plan) => seedPdfKey(buildPdf(plan.pdf))),
    );
  });
});
