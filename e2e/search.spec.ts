import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { query } from "./support/database";

// Site search as a reader uses it: suggestions while typing in the header, the results page with
// highlighted matches, the type and zone filters, and the messages when nothing can be found.

/** A word from a published article's title (long enough to be distinctive) and that title. */
async function titleWord(): Promise<{ word: string; title: string }> {
  const rows = await query<{ title: string }>(
    `SELECT title FROM "Article" WHERE status = 'PUBLISHED' ORDER BY "publishedAt" DESC, id DESC LIMIT 50`,
  );
  for (const { title } of rows) {
    const word = title.split(/[^A-Za-z]+/).find((w) => w.length >= 7);
    if (word) return { word, title };
  }
  throw new Error("no published title with a long word");
}

function headerSearch(page: Page) {
  return page.getByRole("banner").getByRole("combobox", { name: "Search Zonepress" });
}

test.describe("search", () => {
  test("suggestions in the header lead to highlighted results", async ({ page }) => {
    const { word } = await titleWord();
    await page.goto("/");
    const box = headerSearch(page);
    await box.fill(word.slice(0, 5));
    const list = page.getByRole("listbox", { name: "Suggestions" });
    await expect(box).toHaveAttribute("aria-expanded", "true");
    const options = list.getByRole("option");
    await expect(options.first()).toContainText(new RegExp(word.slice(0, 5), "i"));
    expect(await options.count()).toBeLessThanOrEqual(9);
    await expect(options.last()).toHaveText(`Search for “${word.slice(0, 5)}”`);

    // Finish the word, then choose "Search for …" with the keyboard.
    await box.fill(word);
    await expect(options.last()).toHaveText(`Search for “${word}”`);
    await box.press("ArrowUp");
    // The highlight stays on "Search for …" even when the titles for the whole word arrive after it.
    await expect
      .poll(async () => {
        const activeId = await box.getAttribute("aria-activedescendant");
        return activeId ? page.locator(`[id="${activeId}"]`).innerText() : null;
      })
      .toBe(`Search for “${word}”`);
    await box.press("Enter");

    await page.waitForURL(`**/search?q=${encodeURIComponent(word)}`);
    const main = page.getByRole("main").filter({ visible: true });
    await expect(main.getByRole("heading", { level: 1 })).toHaveText(`Search results for “${word}”`);
    const results = main.getByRole("region", { name: "Results" }).getByRole("article");
    await expect(results.first()).toBeVisible();
    const marks = results.first().locator("mark");
    await expect(marks.first()).toHaveText(new RegExp(`^${word}$`, "i"));
  });

  test("a suggested title opens its page", async ({ page }) => {
    const { word } = await titleWord();
    await page.goto("/zones");
    const box = headerSearch(page);
    await box.fill(word);
    const options = page.getByRole("listbox", { name: "Suggestions" }).getByRole("option");
    // Titles arrive after the debounce; until then the list holds only "Search for …".
    await expect.poll(() => options.count()).toBeGreaterThan(1);
    const option = options.first();
    const title = (await option.locator("span").first().innerText()).trim();
    await option.click();
    await page.waitForURL(/\/(articles|refcards|trend-reports|events|videos)\/[^/?]+$/);
    await expect(page.getByRole("heading", { level: 1 }).filter({ visible: true })).toHaveText(title);
  });

  test("results narrow by type and by zone", async ({ page }) => {
    const { word } = await titleWord();
    await page.goto(`/search?q=${encodeURIComponent(word)}`);
    const main = page.getByRole("main").filter({ visible: true });
    const types = main.getByRole("navigation", { name: "Type of result" });
    await expect(types.getByRole("link", { name: /^All \(\d[\d,]*\)$/ })).toHaveAttribute(
      "aria-current",
      "page",
    );
    await types.getByRole("link", { name: /^Articles \(/ }).click();
    await page.waitForURL(/type=articles/);

    const filtered = page.getByRole("main").filter({ visible: true });
    await expect(
      filtered
        .getByRole("navigation", { name: "Type of result" })
        .getByRole("link", { name: /^Articles \(/ }),
    ).toHaveAttribute("aria-current", "page");
    const results = filtered.getByRole("region", { name: "Results" }).getByRole("article");
    await expect(results.first()).toBeVisible();
    // textContent: the badge is upper-cased by CSS only.
    for (const badge of await results.locator("p > span:first-child").allTextContents()) {
      expect(badge).toBe("Article");
    }

    // The zone of the first result, chosen in the form, keeps the type.
    const zoneName = (await results.first().locator('a[href^="/zones/"]').innerText()).trim();
    await filtered.getByLabel("Zone").selectOption({ label: zoneName });
    await filtered.getByRole("button", { name: "Search" }).click();
    await page.waitForURL(/zone=/);
    const inZone = page.getByRole("main").filter({ visible: true });
    await expect(inZone.getByText(new RegExp(`for “${word}” in ${zoneName}`))).toBeVisible();
    const zoneLinks = inZone.getByRole("region", { name: "Results" }).locator('a[href^="/zones/"]');
    for (const name of await zoneLinks.allInnerTexts()) expect(name).toBe(zoneName);
    expect(page.url()).toContain("type=articles");
  });

  test("tells the reader why nothing was found", async ({ page }) => {
    await page.goto("/search?q=%21%21%21");
    await expect(page.getByRole("heading", { name: "Nothing to search for" })).toBeVisible();
    await page.goto("/search?q=-kubernetes");
    await expect(page.getByRole("heading", { name: "Only excluded words" })).toBeVisible();
    await page.goto("/search?q=qzxvbnmlkj");
    await expect(page.getByRole("heading", { name: "Nothing matches “qzxvbnmlkj”" })).toBeVisible();
    await expect(page.getByRole("link", { name: "all zones" })).toBeVisible();
  });

  for (const scheme of ["light", "dark"] as const) {
    test(`results, suggestions and empty states have no serious accessibility violations (${scheme})`, async ({
      page,
    }) => {
      const { word } = await titleWord();
      await page.emulateMedia({ colorScheme: scheme });
      const problems: string[] = [];
      const check = async (where: string) => {
        const results = await new AxeBuilder({ page })
          .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
          .analyze();
        for (const v of results.violations.filter((v) => v.impact === "serious" || v.impact === "critical")) {
          problems.push(`${where}: ${v.id} ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
        }
      };
      await page.goto(`/search?q=${encodeURIComponent(word)}`);
      await check("results");
      await headerSearch(page).fill(word);
      await expect
        .poll(() => page.getByRole("listbox", { name: "Suggestions" }).getByRole("option").count())
        .toBeGreaterThan(1);
      await check("suggestions");
      await page.goto("/search?q=qzxvbnmlkj");
      await check("no results");
      expect(problems).toEqual([]);
    });
  }

  test.describe("without JavaScript", () => {
    test.use({ javaScriptEnabled: false });

    test("the header box is a plain search form", async ({ page }) => {
      const { word } = await titleWord();
      await page.goto("/");
      const box = page.getByRole("banner").getByLabel("Search Zonepress");
      await box.fill(word);
      await box.press("Enter");
      await page.waitForURL(`**/search?q=${encodeURIComponent(word)}`);
      await expect(page.getByRole("region", { name: "Results" }).getByRole("article").first()).toBeVisible();
    });
  });
});
