import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";

// axe-core on the page as it is now: the serious and critical WCAG 2.1 A/AA violations, one line
// each ("<label>: <rule> (<impact>) <targets>"), so a failing expectation says where to look.
const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

export async function seriousViolations(page: Page, label: string): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  return results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${label}: ${v.id} (${v.impact}) ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}
