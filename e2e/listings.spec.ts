import { expect, test } from "@playwright/test";

// Paged feeds: numbered pages live in the path, each page is distinct, and bad page numbers
// answer 404 rather than an error.
test.describe("listings", () => {
  test("All Articles pages through distinct articles with a numbered pager", async ({ page }) => {
    await page.goto("/");
    await page.getByRole("link", { name: "View All Articles" }).click();
    await expect(page).toHaveURL(/\/articles$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("All Articles");

    const titles = page.getByRole("main").getByRole("article").getByRole("heading").getByRole("link");
    await expect(titles).toHaveCount(20);
    const firstPage = await titles.allInnerTexts();

    const pager = page.getByRole("navigation", { name: "Pagination" });
    await expect(pager.locator('[aria-current="page"]')).toHaveText("1");
    await pager.getByRole("link", { name: "Next" }).click();

    await expect(page).toHaveURL(/\/articles\/page\/2$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("All Articles — page 2");
    await expect(pager.locator('[aria-current="page"]')).toHaveText("2");
    const secondPage = await titles.allInnerTexts();
    expect(secondPage).toHaveLength(20);
    expect(secondPage.filter((t) => firstPage.includes(t))).toEqual([]);
  });

  test("bad or out-of-range page numbers are 404s, page 1 redirects to the feed", async ({ page }) => {
    for (const path of [
      "/articles/page/0",
      "/articles/page/abc",
      "/articles/page/-2",
      "/articles/page/9999",
    ]) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(404);
    }
    await page.goto("/articles/page/1");
    await expect(page).toHaveURL(/\/articles$/);
  });

  test("a category from the header menu shows its zones and latest topics", async ({ page }) => {
    await page.goto("/");
    const nav = page.getByRole("navigation", { name: "Main" });
    await nav.locator("summary", { hasText: "Zones" }).click();
    const categoryLink = nav.locator('a[href^="/categories/"]').first();
    const name = (await categoryLink.innerText()).trim();
    await categoryLink.click();

    await expect(page).toHaveURL(/\/categories\/[^/]+$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(name);
    await expect(page.getByRole("heading", { name: `Functions of ${name}` })).toBeVisible();
    await expect(
      page
        .getByRole("region", { name: `The Latest ${name} Topics` })
        .getByRole("article")
        .first(),
    ).toBeVisible();
  });
});
