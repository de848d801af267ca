// What the Lighthouse run keeps of a report (LHR): the four category scores, the JavaScript
// the page transferred, layout shift and unsized images, the audits that cost points, and the
// front-end budgets of issue 9 checked against them.
import type { Result } from "lighthouse";

export const FRONT_END_BUDGETS = {
  performance: 95,
  accessibility: 100,
  "best-practices": 95,
  seo: 100,
  /** Article page JavaScript, transferred (gzipped) bytes. */
  articleScriptBytes: 150 * 1024,
} as const;

export interface PageSummary {
  scores: Record<string, number>;
  scriptBytes: number;
  scriptRequests: number;
  cls: number;
  unsizedImages: number;
  /** Audits scoring below 1 that count towards a category: what to fix for points. */
  misses: { category: string; id: string; title: string; score: number; display?: string }[];
}

export interface PageAudit extends PageSummary {
  name: string;
  path: string;
  checks: { budget: string; actual: string; ok: boolean }[];
}

function items(lhr: Result, auditId: string): Record<string, unknown>[] {
  const details = lhr.audits[auditId]?.details;
  return details && "items" in details && Array.isArray(details.items)
    ? (details.items as Record<string, unknown>[])
    : [];
}

export function summarise(lhr: Result): PageSummary {
  const scores: Record<string, number> = {};
  const misses: PageSummary["misses"] = [];
  for (const [id, category] of Object.entries(lhr.categories)) {
    scores[id] = Math.round((category.score ?? 0) * 100);
    for (const ref of category.auditRefs) {
      const audit = lhr.audits[ref.id];
      if (!audit || ref.weight === 0 || audit.score === null || audit.score >= 1) continue;
      misses.push({
        category: id,
        id: ref.id,
        title: audit.title,
        score: audit.score,
        display: audit.displayValue,
      });
    }
  }
  const scripts = items(lhr, "network-requests").filter((item) => item.resourceType === "Script");
  return {
    scores,
    scriptBytes: scripts.reduce((sum, item) => sum + (Number(item.transferSize) || 0), 0),
    scriptRequests: scripts.length,
    cls: lhr.audits["cumulative-layout-shift"]?.numericValue ?? NaN,
    unsizedImages: items(lhr, "unsized-images").length,
    misses,
  };
}

export function judgePage(name: string, path: string, summary: PageSummary): PageAudit {
  const checks: PageAudit["checks"] = [];
  for (const category of ["performance", "accessibility", "best-practices", "seo"] as const) {
    const floor = FRONT_END_BUDGETS[category];
    const score = summary.scores[category] ?? 0;
    checks.push({
      budget: `${category} ${floor === 100 ? "= 100" : `≥ ${floor}`}`,
      actual: String(score),
      ok: score >= floor,
    });
  }
  checks.push({
    budget: "no unsized images",
    actual: `${summary.unsizedImages} unsized, CLS ${summary.cls.toFixed(3)}`,
    ok: summary.unsizedImages === 0,
  });
  if (name === "article") {
    const limit = FRONT_END_BUDGETS.articleScriptBytes;
    checks.push({
      budget: `JavaScript ≤ ${limit / 1024} KB transferred`,
      actual: `${(summary.scriptBytes / 1024).toFixed(1)} KB in ${summary.scriptRequests} files`,
      ok: summary.scriptBytes <= limit,
    });
  }
  return { name, path, ...summary, checks };
}

export function renderLighthouse(date: string, origin: string, pages: PageAudit[]): string {
  const lines = [
    `# Lighthouse, ${date}`,
    "",
    `Lighthouse 12, mobile preset (simulated throttling), system Chromium, against ${origin}.`,
    "",
    "| page | performance | accessibility | best practices | SEO | JS transferred | CLS |",
    "| --- | ---: | ---: | ---: | ---: | ---: | ---: |",
  ];
  for (const page of pages) {
    const s = page.scores;
    lines.push(
      `| ${page.name} (\`${page.path}\`) | ${s.performance} | ${s.accessibility} | ${s["best-practices"]} | ${s.seo} | ${(page.scriptBytes / 1024).toFixed(1)} KB | ${page.cls.toFixed(3)} |`,
    );
  }
  lines.push("", "| page | budget | actual | |", "| --- | --- | --- | --- |");
  for (const page of pages) {
    for (const check of page.checks) {
      lines.push(`| ${page.name} | ${check.budget} | ${check.actual} | ${check.ok ? "✓" : "✗"} |`);
    }
  }
  const misses = pages.flatMap((page) =>
    page.misses.map(
      (m) =>
        `- ${page.name}, ${m.category}: ${m.title} (\`${m.id}\`, score ${m.score.toFixed(2)}${m.display ? `, ${m.display}` : ""})`,
    ),
  );
  if (misses.length) lines.push("", "Audits that cost points:", "", ...misses);
  lines.push("");
  return lines.join("\n");
}
