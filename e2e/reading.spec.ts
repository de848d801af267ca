import { expect, test } from "@playwright/test";
import { ArticlePage } from "./pages/article-page";
import { HomePage } from "./pages/home-page";
import { ZonePage } from "./pages/zone-page";

// A reader's path through the portal: home → zone → article, by clicking links as a user would.
test.describe("reading", () => {
  test("home page lists more articles beyond the Spotlight", async ({ page }) => {
    const home = new HomePage(page);
    await home.goto();

    await expect(page).toHaveTitle(/Zonepress/);
    await expect(home.heading).toHaveText("Zonepress");
    await expect(home.moreArticleCards).toHaveCount(10);
    const spotlightTitles = await home.spotlightArticles.getByRole("heading").allInnerTexts();
    for (const card of await home.moreArticleCards.all()) {
      await expect(home.articleLink(card)).toHaveAttribute("href", /^\/articles\/[^/]+$/);
      await expect(home.articleLink(card)).not.toHaveText("");
      // "More" means more: nothing the Spotlight already shows.
      expect(spotlightTitles).not.toContain((await home.articleLink(card).innerText()).trim());
    }
  });

  test("header zone menu leads to a zone and on to one of its articles", async ({ page }) => {
    const home = new HomePage(page);
    await home.goto();
    // The zone of the newest article, so the zone page is sure to list at least one article.
    const zoneName = (await home.articleZoneLink(home.moreArticleCards.first()).innerText()).trim();

    const zoneLink = await home.openZoneMenuAt(zoneName);
    await zoneLink.click();

    const zone = new ZonePage(page);
    await expect(page).toHaveURL(/\/zones\/[^/]+$/);
    await expect(zone.heading).toHaveText(zoneName);
    // The header survives client-side navigation; its menu must not stay open over the page.
    await expect(home.zoneMenu()).not.toHaveAttribute("open");
    await expect(zone.articleCards.first()).toBeVisible();

    const articleLink = zone.articleLink(zone.articleCards.first());
    const title = (await articleLink.innerText()).trim();
    await articleLink.click();

    const article = new ArticlePage(page);
    await expect(page).toHaveURL(/\/articles\/[^/]+$/);
    await expect(article.heading).toHaveText(title);
  });

  test("a category section's zone link opens that zone", async ({ page }) => {
    const home = new HomePage(page);
    await home.goto();
    const zoneLink = home.categoryZoneLists.first().getByRole("link").first();
    const zoneName = (await zoneLink.innerText()).trim();

    await zoneLink.click();

    const zone = new ZonePage(page);
    await expect(page).toHaveURL(/\/zones\/[^/]+$/);
    await expect(zone.heading).toHaveText(zoneName);
    await expect(zone.articles).toBeVisible();
  });
});
