import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { DEMO, logInThroughPage, openAccountMenu } from "./support/accounts";

// axe-core on every kind of reading page, in the light and the dark theme and at a phone's
// width: no serious or critical WCAG 2.1 A/AA violation may ship.
const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

async function firstHref(page: Page, path: string, prefix: string): Promise<string> {
  await page.goto(path);
  const href = await page.getByRole("main").locator(`a[href^="${prefix}"]`).first().getAttribute("href");
  expect(href, `a link starting with ${prefix} on ${path}`).toBeTruthy();
  return href as string;
}

async function seriousViolations(page: Page, path: string): Promise<string[]> {
  const response = await page.goto(path);
  expect(response?.status(), path).toBe(200);
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  return results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${path}: ${v.id} (${v.impact}) ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

for (const scheme of ["light", "dark"] as const) {
  test(`reading pages have no serious accessibility violations (${scheme})`, async ({ page }) => {
    // About 20 pages, each loaded and scanned by axe (~6 s each on a loaded 2-core machine).
    test.setTimeout(300_000);
    await page.emulateMedia({ colorScheme: scheme });
    const article = await firstHref(page, "/articles", "/articles/");
    const category = await firstHref(page, "/", "/categories/");
    const zone = await firstHref(page, category, "/zones/");
    const profile = await firstHref(page, article, "/users/");
    const refcard = await firstHref(page, "/refcards", "/refcards/");
    const event = await firstHref(page, "/events", "/events/");
    const video = await firstHref(page, "/videos", "/videos/");
    const paths = [
      "/",
      category,
      zone,
      article,
      "/articles",
      "/articles/page/2",
      "/zones",
      profile,
      "/refcards",
      refcard,
      "/trend-reports",
      "/events",
      event,
      "/videos",
      video,
      "/pages/about",
    ];
    const violations: string[] = [];
    for (const path of paths) violations.push(...(await seriousViolations(page, path)));
    expect(violations).toEqual([]);
  });
}

test("the home and article pages have no serious accessibility violations at 360 px", async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  const article = await firstHref(page, "/articles", "/articles/");
  const violations = [...(await seriousViolations(page, "/")), ...(await seriousViolations(page, article))];
  expect(violations).toEqual([]);
  // Nothing wider than the screen: no sideways scrolling on a phone.
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});

for (const scheme of ["light", "dark"] as const) {
  test(`account and editor pages have no serious accessibility violations (${scheme})`, async ({ page }) => {
    test.setTimeout(120_000);
    await page.emulateMedia({ colorScheme: scheme });
    const violations: string[] = [];
    for (const path of ["/login", "/join"]) violations.push(...(await seriousViolations(page, path)));
    // A failed login shows the error state of the form.
    await logInThroughPage(page, DEMO.admin.email, "not the password");
    await expect(page.locator("main").getByRole("alert")).toContainText("not right");
    violations.push(...(await axeHere(page, "/login (error)")));

    await logInThroughPage(page, DEMO.admin.email, DEMO.admin.password);
    await expect(page.getByRole("navigation", { name: "Account" }).getByText("Demo Admin")).toBeVisible();
    await openAccountMenu(page);
    violations.push(...(await axeHere(page, "/ (account menu open)")));
    for (const path of ["/settings/profile", "/settings/account", "/editor", "/editor/members"]) {
      violations.push(...(await seriousViolations(page, path)));
    }
    expect(violations).toEqual([]);
  });
}

async function axeHere(page: Page, label: string): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  return results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${label}: ${v.id} (${v.impact}) ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}
