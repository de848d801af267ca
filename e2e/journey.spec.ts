import { expect, test } from "@playwright/test";
import { HomePage } from "./pages/home-page";
import { ZonePage } from "./pages/zone-page";

// The reader's whole path through the portal, by clicking what a reader would click:
// home → category → zone → page 2 → article → author profile → a Refcard, an event and a video.
test("a reader browses from the home page to a zone's second page, an article, its author and premium content", async ({
  page,
  request,
}) => {
  const home = new HomePage(page);
  await home.goto();

  // Home: every section is there with seeded content.
  const today = new Intl.DateTimeFormat("en-US", {
    weekday: "long",
    year: "numeric",
    month: "long",
    day: "numeric",
    timeZone: "UTC",
  }).format(new Date());
  await expect(home.spotlight).toContainText(today);
  await expect(home.spotlight.getByRole("link", { name: "View All Articles" })).toBeVisible();
  await expect(home.spotlightArticles.first()).toBeVisible();
  for (const story of await home.spotlightArticles.all()) {
    await expect(story.locator('a[href^="/users/"]').first()).toBeVisible();
  }
  await expect(home.premium.getByText("Trend Report", { exact: false }).first()).toBeVisible();
  await expect(home.premium.getByText(/#\d+/)).toHaveCount(2);
  await expect(home.moreArticleCards).toHaveCount(10);
  await expect(home.popular.locator('a[href^="/zones/"]').first()).toBeVisible();
  await expect(home.popular.locator('a[href^="/articles/"]').first()).toBeVisible();
  const categoryLists = await home.categoryZoneLists.count();
  expect(categoryLists).toBeGreaterThanOrEqual(6);

  // Home → a category.
  const category = page.getByRole("main").locator('a[href^="/categories/"]').first();
  await category.click();
  await expect(page).toHaveURL(/\/categories\/[^/]+$/);
  const categoryName = (await page.getByRole("heading", { level: 1 }).innerText()).trim();
  await expect(page.getByRole("region", { name: `Functions of ${categoryName}` })).toBeVisible();
  await expect(page.getByRole("region", { name: "Latest Premium Content" })).toBeVisible();
  await expect(page.getByRole("region", { name: `Featured ${categoryName} Resources` })).toBeVisible();
  const topics = page.getByRole("region", { name: `The Latest ${categoryName} Topics` });
  await expect(topics.getByRole("article")).toHaveCount(20);
  await expect(topics.getByRole("article").first()).toContainText(/\d+ (View|Views) · \d+ (Like|Likes)/);
  await expect(topics.getByRole("link", { name: /RSS/ })).toHaveAttribute("href", /\/feed\.xml$/);

  // Category → the first of its zones that has a second page (chosen by asking the server).
  const zoneCards = page.getByRole("region", { name: `Functions of ${categoryName}` }).getByRole("link");
  let zoneIndex = -1;
  for (let i = 0; i < (await zoneCards.count()); i++) {
    const href = await zoneCards.nth(i).getAttribute("href");
    if ((await request.get(`${href}/page/2`)).status() === 200) {
      zoneIndex = i;
      break;
    }
  }
  expect(zoneIndex, "a zone of this category with a second page").toBeGreaterThanOrEqual(0);
  await zoneCards.nth(zoneIndex).click();
  const zone = new ZonePage(page);
  await expect(page).toHaveURL(/\/zones\/[^/]+$/);
  await expect(zone.articleCards.first()).toBeVisible();
  const firstPageTitles = await zone.articleCards.getByRole("heading").allInnerTexts();
  const firstPageUrl = page.url();

  // Zone → page 2 through the pager.
  await page.getByRole("navigation", { name: "Pagination" }).getByRole("link", { name: "Page 2" }).click();
  await expect(page).toHaveURL(/\/zones\/[^/]+\/page\/2$/);
  await expect(
    page.getByRole("navigation", { name: "Pagination" }).locator('[aria-current="page"]'),
  ).toHaveText("2");
  await expect(zone.articleCards.first()).toBeVisible();
  const secondPageTitles = await zone.articleCards.getByRole("heading").allInnerTexts();
  expect(secondPageTitles.length).toBeGreaterThan(0);
  // No article on both pages. Other specs publish into zones meanwhile, and an article published
  // between the two page loads rightly pushes page 1's last one onto page 2; so page 1 is compared
  // as it is now, loaded again after page 2 (in a second tab, so the journey goes on from page 2).
  const pageOne = await page.context().newPage();
  await pageOne.goto(firstPageUrl);
  const freshFirstPageTitles = await new ZonePage(pageOne).articleCards.getByRole("heading").allInnerTexts();
  await pageOne.close();
  expect(freshFirstPageTitles.length).toBe(firstPageTitles.length);
  expect(secondPageTitles.filter((t) => freshFirstPageTitles.includes(t))).toEqual([]);

  // Page 2 → an article.
  const articleLink = zone.articleLink(zone.articleCards.first());
  const title = (await articleLink.innerText()).trim();
  await articleLink.click();
  await expect(page).toHaveURL(/\/articles\/[^/]+$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);

  // Article → its author's profile.
  const authorLink = page.getByRole("main").locator('a[href^="/users/"]').first();
  const authorName = (await authorLink.innerText()).trim();
  await authorLink.click();
  await expect(page).toHaveURL(/\/users\/[^/]+$/);
  await expect(page.getByRole("heading", { level: 1 })).toContainText(authorName);
  await expect(page.getByRole("main").locator('a[href^="/articles/"]').first()).toBeVisible();

  // Header → a Refcard.
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Refcards" }).click();
  await expect(page).toHaveURL(/\/refcards$/);
  await page.getByRole("main").locator('a[href^="/refcards/"]').first().click();
  await expect(page).toHaveURL(/\/refcards\/[^/]+$/);
  await expect(page.getByRole("main")).toContainText(/#\d+/);

  // Header → an event.
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Events" }).click();
  await expect(page).toHaveURL(/\/events$/);
  await page.getByRole("main").locator('a[href^="/events/"]').first().click();
  await expect(page).toHaveURL(/\/events\/[^/]+$/);
  await expect(page.getByRole("main").locator("time").first()).toBeVisible();

  // Header → a video, embedded in privacy-enhanced mode.
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Video Library" }).click();
  await expect(page).toHaveURL(/\/videos$/);
  await page.getByRole("main").locator('a[href^="/videos/"]').first().click();
  await expect(page).toHaveURL(/\/videos\/[^/]+$/);
  await expect(page.getByRole("main").locator("iframe")).toHaveAttribute(
    "src",
    /^https:\/\/(www\.youtube-nocookie\.com\/embed\/|player\.vimeo\.com\/video\/)/,
  );
});
