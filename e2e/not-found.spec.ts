import { expect, test, type Page } from "@playwright/test";

// What a visitor sees for a mistyped or stale URL: a 404, a way home, and none of our internals.
async function expectFriendlyNotFound(page: Page): Promise<void> {
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/not found/i);
  const body = page.locator("body");
  await expect(body).not.toContainText(/\bat \S+ \(|node_modules|\.tsx?:\d+|Error:/);

  await page.getByRole("main").getByRole("link", { name: /home/i }).click();
  await expect(page).toHaveURL(/\/$/);
}

test("an unknown URL shows the 404 page with a link home", async ({ page }) => {
  const response = await page.goto("/no-such-page-here");

  expect(response?.status()).toBe(404);
  await expectFriendlyNotFound(page);
});

test("an unknown article slug shows the 404 page", async ({ page }) => {
  const response = await page.goto("/articles/no-such-article-slug");

  expect(response?.status()).toBe(404);
  await expectFriendlyNotFound(page);
});
