import AxeBuilder from "@axe-core/playwright";
import { expect, request as playwrightRequest, test, type Browser } from "@playwright/test";
import { CurationPage } from "./pages/curation-page";
import { HomePage } from "./pages/home-page";
import { DEMO, logInApi, logInThroughPage, requestBase } from "./support/accounts";
import { query } from "./support/database";
import { origin } from "./support/matrix";

// Curation end to end: what an editor saves on /editor/curation is what the very next reader
// request shows, with no redeploy and no waiting for a cache to run out.

async function editorPage(browser: Browser) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await logInThroughPage(page, DEMO.editor.email, DEMO.editor.password);
  await expect(page.getByRole("navigation", { name: "Account" }).getByText("Demo Editor")).toBeVisible({
    timeout: 30_000,
  });
  return { context, page, curation: new CurationPage(page) };
}

/** A title no other published title contains, so searching for it finds exactly that item. */
const UNIQUE_TITLE = (table: "Article" | "Resource") => `
  NOT EXISTS (SELECT 1 FROM "${table}" other WHERE other.id <> t.id AND strpos(lower(other.title), lower(t.title)) > 0)`;

// Both change the one home Spotlight: one after the other, so neither saves over the other.
test.describe("the home Spotlight", () => {
  test.describe.configure({ mode: "default" });

  test("an editor puts an article first in the home Spotlight and the next home page request shows it; removing it takes it off", async ({
    browser,
  }) => {
    test.setTimeout(90_000);
    const [article] = await query<{ id: number; title: string }>(
      `SELECT t.id, t.title FROM "Article" t
        WHERE t.status = 'PUBLISHED' AND t."authorId" IS NOT NULL
          AND NOT EXISTS (SELECT 1 FROM "Feature" f WHERE f."articleId" = t.id) AND ${UNIQUE_TITLE("Article")}
        ORDER BY t."publishedAt" ASC LIMIT 1`,
    );
    if (!article) throw new Error("the seed has no published article to feature");
    const editor = await editorPage(browser);
    const readerContext = await browser.newContext();
    const reader = new HomePage(await readerContext.newPage());

    // Reached from the editor area, not typed in.
    await editor.page.goto("/editor");
    await editor.page
      .getByRole("navigation", { name: "Editor" })
      .getByRole("link", { name: "Curation" })
      .click();
    await editor.page.waitForURL("**/editor/curation");
    await expect(editor.page.getByRole("heading", { name: "Home page Spotlight" })).toBeVisible();
    const before = await editor.curation.entries.count();

    await editor.curation.addWithKeyboard(article.title);
    const entry = editor.curation.entry(article.title);
    await expect(editor.curation.entries).toHaveCount(before + 1);
    await expect(editor.curation.entries.last()).toContainText(article.title);

    // To the top with the keyboard: focus stays on "Move up" while the entry climbs.
    const up = entry.getByRole("button", { name: `Move up “${article.title}”` });
    await up.focus();
    for (let i = 0; i < before; i++) await editor.page.keyboard.press("Enter");
    await expect(up).toBeFocused();
    await expect(up).toHaveAttribute("aria-disabled", "true");
    await expect(editor.curation.entries.first()).toContainText(article.title);
    await expect(editor.curation.preview.getByRole("listitem").first()).toContainText(article.title);
    await expect(editor.page.getByText("Unsaved changes")).toBeVisible();

    await editor.curation.save();
    await expect(entry.getByText("Shown on the page")).toBeVisible();

    await reader.goto();
    await expect(reader.spotlightArticles.first().getByRole("heading")).toHaveText(article.title);

    await entry.getByRole("button", { name: `Remove “${article.title}”` }).click();
    await expect(entry).toHaveCount(0);
    await editor.curation.save();

    await reader.page.reload();
    await expect(reader.spotlight).toBeVisible();
    await expect(reader.spotlight.getByText(article.title, { exact: true })).toHaveCount(0);

    // The audit trail of the slot shows both changes.
    await editor.page.reload();
    const history = editor.page.getByRole("region", { name: "Recent changes" });
    await expect(history.getByText(`added “${article.title}”`)).toBeVisible();
    await expect(history.getByText(`removed “${article.title}”`)).toBeVisible();

    await editor.context.close();
    await readerContext.close();
  });

  test("a scheduled end and start change the home Spotlight by themselves, without another save", async ({
    page,
  }) => {
    test.setTimeout(120_000);
    const picks = await query<{ id: number; title: string }>(
      `SELECT t.id, t.title FROM "Article" t
        WHERE t.status = 'PUBLISHED' AND t."authorId" IS NOT NULL
          AND NOT EXISTS (SELECT 1 FROM "Feature" f WHERE f."articleId" = t.id) AND ${UNIQUE_TITLE("Article")}
        ORDER BY t."publishedAt" ASC OFFSET 5 LIMIT 2`,
    );
    const [ending, starting] = picks as [{ id: number; title: string }, { id: number; title: string }];
    const editor = await playwrightRequest.newContext({ baseURL: requestBase() });
    await logInApi(editor, DEMO.editor.email, DEMO.editor.password, "198.51.100.77");
    type Slot = {
      version: string;
      entries: { kind: string; targetId: number; startsAt: string | null; endsAt: string | null }[];
    };
    const load = async () =>
      ((await (await editor.get("/api/editor/curation/slots/home")).json()) as { slot: Slot }).slot;
    const keep = (slot: Slot) =>
      slot.entries.map(({ kind, targetId, startsAt, endsAt }) => ({ kind, targetId, startsAt, endsAt }));
    const original = await load();

    // One boundary 25 s ahead: the first entry ends then, the second starts then.
    const boundary = new Date(Date.now() + 25_000);
    const saved = await editor.put("/api/editor/curation/slots/home", {
      data: {
        version: original.version,
        entries: [
          { kind: "article", targetId: starting.id, startsAt: boundary.toISOString(), endsAt: null },
          { kind: "article", targetId: ending.id, startsAt: null, endsAt: boundary.toISOString() },
          ...keep(original),
        ],
      },
      headers: origin(),
    });
    expect(saved.status()).toBe(200);

    const home = new HomePage(page);
    const lead = home.spotlightArticles.first().getByRole("heading");
    await home.goto();
    await expect(lead).toHaveText(ending.title);
    await expect(home.spotlight.getByText(starting.title, { exact: true })).toHaveCount(0);

    // No write after this point. The first request after the boundary starts the regeneration
    // (docs/architecture.md "Curation"); the page has changed as soon as it is done.
    await page.waitForTimeout(Math.max(0, boundary.getTime() - Date.now()) + 1_000);
    await page.reload();
    await expect(async () => {
      await page.reload();
      await expect(lead).toHaveText(starting.title, { timeout: 1_000 });
    }).toPass({ timeout: 15_000, intervals: [1_000] });
    await expect(home.spotlight.getByText(ending.title, { exact: true })).toHaveCount(0);

    const restore = await editor.put("/api/editor/curation/slots/home", {
      data: { version: (await load()).version, entries: keep(original) },
      headers: origin(),
    });
    expect(restore.status()).toBe(200);
    await editor.dispose();
  });
});

test("an editor features a Refcard from another category in a category's Featured Resources and the category page shows it first", async ({
  browser,
}) => {
  test.setTimeout(90_000);
  const [category] = await query<{ id: number; name: string; slug: string }>(
    `SELECT id, name, slug FROM "Category" c
      WHERE EXISTS (SELECT 1 FROM "Zone" z WHERE z."categoryId" = c.id)
      ORDER BY position DESC LIMIT 1`,
  );
  if (!category) throw new Error("the seed has no category");
  const [refcard] = await query<{ title: string }>(
    `SELECT t.title FROM "Resource" t
      WHERE t.kind = 'REFCARD' AND t."publishedAt" <= now() AND ${UNIQUE_TITLE("Resource")}
        AND NOT EXISTS (SELECT 1 FROM "ResourceZone" rz JOIN "Zone" z ON z.id = rz."zoneId"
                         WHERE rz."resourceId" = t.id AND z."categoryId" = $1)
        AND NOT EXISTS (SELECT 1 FROM "Feature" f WHERE f."resourceId" = t.id)
      ORDER BY t."publishedAt" ASC LIMIT 1`,
    [category.id],
  );
  if (!refcard) throw new Error("the seed has no Refcard outside the category");
  const editor = await editorPage(browser);
  const readerContext = await browser.newContext();
  const reader = await readerContext.newPage();
  const premium = reader.getByRole("region", { name: "Latest Premium Content" });

  await editor.page.goto("/editor/curation");
  await editor.curation.openSlot(`Featured ${category.name} Resources`);
  await expect(
    editor.page.getByRole("heading", { name: `Featured ${category.name} Resources` }),
  ).toBeVisible();
  await editor.page.getByLabel("Type").selectOption({ label: "Refcards and Trend Reports" });
  await editor.curation.addWithKeyboard(refcard.title);
  await editor.curation.save();

  await reader.goto(`/categories/${category.slug}`);
  await expect(premium.getByRole("article").first().getByRole("heading")).toHaveText(refcard.title);

  await editor.curation
    .entry(refcard.title)
    .getByRole("button", { name: `Remove “${refcard.title}”` })
    .click();
  await editor.curation.save();
  await reader.reload();
  await expect(reader.getByRole("heading", { level: 1 })).toHaveText(category.name);
  await expect(reader.getByText(refcard.title, { exact: true })).toHaveCount(0);

  await editor.context.close();
  await readerContext.close();
});

test("two editors: the second save from an old version is refused and can load the current entries", async ({
  browser,
}) => {
  test.setTimeout(90_000);
  const [category] = await query<{ name: string }>(
    `SELECT name FROM "Category" ORDER BY position ASC LIMIT 1`,
  );
  const first = await editorPage(browser);
  const second = await editorPage(browser);
  for (const editor of [first, second]) {
    await editor.page.goto("/editor/curation");
    await editor.curation.openSlot(`Featured ${category!.name} Resources`);
  }
  // The seed curates three articles in the first categories.
  await expect(first.curation.entries).toHaveCount(3);
  const titles = await first.curation.entries.getByRole("heading").allInnerTexts();
  const [a, b, c] = titles.map((t) => t.trim()) as [string, string, string];
  const moveUp = (editor: typeof first, title: string) =>
    editor.curation
      .entry(title)
      .getByRole("button", { name: `Move up “${title}”` })
      .click();

  // The first editor saves b, a, c; the second, still on a, b, c, tries a, c, b.
  await moveUp(first, b);
  await first.curation.save();
  await moveUp(second, c);
  await second.curation.saveButton.click();
  const conflict = second.page.getByRole("alert").filter({ hasText: "Another editor changed this slot" });
  await expect(conflict).toBeVisible();
  await expect(second.curation.entries.first()).toContainText(a);

  await second.page.getByRole("button", { name: "Load the current entries" }).click();
  await expect(conflict).toHaveCount(0);
  await expect(second.curation.entries.getByRole("heading")).toHaveText([b, a, c]);

  // Put the seeded order back for the other specs.
  await moveUp(second, a);
  await second.curation.save();
  await first.context.close();
  await second.context.close();
});

test("a member gets 404 on /editor/curation", async ({ browser }) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await logInThroughPage(page, DEMO.member.email, DEMO.member.password);
  await expect(page.getByRole("navigation", { name: "Account" }).getByText("Demo Member")).toBeVisible({
    timeout: 30_000,
  });
  const response = await page.goto("/editor/curation");
  expect(response?.status()).toBe(404);
  // No curation picker in the page (the header's site search is a combobox of its own).
  await expect(page.getByRole("main").getByRole("combobox")).toHaveCount(0);
  await expect(page.getByRole("heading", { name: "Curation", exact: true })).toHaveCount(0);
  await context.close();
});

test("the curation page has no serious accessibility violations, with the picker open, in both themes", async ({
  browser,
}) => {
  test.setTimeout(90_000);
  const editor = await editorPage(browser);
  for (const scheme of ["light", "dark"] as const) {
    await editor.page.emulateMedia({ colorScheme: scheme });
    await editor.page.goto("/editor/curation");
    await editor.curation.picker.fill("a");
    await expect(editor.curation.results.first()).toBeVisible();
    await editor.curation.picker.press("ArrowDown");
    const results = await new AxeBuilder({ page: editor.page })
      .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
      .analyze();
    const serious = results.violations
      .filter((v) => v.impact === "serious" || v.impact === "critical")
      .map((v) => `${scheme}: ${v.id} ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
    expect(serious).toEqual([]);
  }
  await editor.context.close();
});
