import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { ArticlePage, type JsonLdObject } from "./pages/article-page";
import { ProfilePage } from "./pages/profile-page";

// A reader opens an article from All Articles, reads it (outline, tags, related, sharing), and
// goes on to the author's profile; plus the zones directory and unknown profiles.

interface Opened {
  article: ArticlePage;
  title: string;
  authorName: string;
  url: string;
}

/** Opens the newest article that has an author, by clicking its card on /articles. */
async function openArticleFromAllArticles(page: Page): Promise<Opened> {
  await page.goto("/articles");
  const card = page
    .getByRole("main")
    .getByRole("article")
    .filter({ has: page.locator('a[href^="/users/"]') })
    .first();
  const titleLink = card.getByRole("heading").getByRole("link");
  const title = (await titleLink.innerText()).trim();
  const authorName = (await card.locator('a[href^="/users/"]').innerText()).trim();
  await titleLink.click();
  await expect(page).toHaveURL(/\/articles\/[^/#]+$/);
  const article = new ArticlePage(page);
  await expect(article.heading).toHaveText(title);
  return { article, title, authorName, url: page.url() };
}

/** "1 View" / "2 Views": the noun agrees with the number. */
async function expectCount(text: string, noun: string): Promise<void> {
  const match = new RegExp(`([\\d,]+) (${noun}s?)\\b`).exec(text);
  expect(match, `${noun} count in "${text}"`).not.toBeNull();
  const [, digits, word] = match as RegExpExecArray;
  expect(word).toBe(Number(digits?.replace(/,/g, "")) === 1 ? noun : `${noun}s`);
}

const byType = (objects: JsonLdObject[], type: string) => objects.find((o) => o["@type"] === type);

/** Axe violations inside the page's main landmark, as "rule: selectors" lines. */
async function accessibilityViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).include("main").analyze();
  return violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

test.describe("article page", () => {
  test("shows the byline, dates, counts, zone and tags", async ({ page }) => {
    test.slow(); // axe on a long article takes a while on a 2-core machine
    const { article, authorName } = await openArticleFromAllArticles(page);

    await expect(page.getByRole("heading", { level: 1 })).toHaveCount(1);
    await expect(article.authorLink).toHaveText(authorName);
    await expect(article.publishedTime).toHaveAttribute("datetime", /^\d{4}-\d\d-\d\dT/);
    await expect(article.publishedTime).toHaveText(/^[A-Z][a-z]{2} \d{1,2}, \d{4}$/);
    const meta = await article.meta.innerText();
    expect(meta).toMatch(/\b\d+ min read\b/);
    await expectCount(meta, "View");
    await expectCount(meta, "Like");

    await expect(article.zoneLink).toHaveAttribute("href", /^\/zones\/[^/]+$/);
    await expect(article.zoneLink).not.toHaveText("");
    await expect(article.tags.first()).toHaveText(/^#\S/);
    // Chips, not dead links: there is no tag page yet.
    await expect(article.tags.getByRole("link")).toHaveCount(0);

    expect(await accessibilityViolations(page)).toEqual([]);
  });

  test("table of contents links scroll to the headings", async ({ page }) => {
    const { article } = await openArticleFromAllArticles(page);
    await expect(article.toc).toBeVisible();
    const links = article.toc.getByRole("link");
    expect(await links.count()).toBeGreaterThanOrEqual(2);

    const last = links.last();
    const href = (await last.getAttribute("href")) ?? "";
    expect(href).toMatch(/^#.+/);
    const heading = article.body.locator(`[id="${href.slice(1)}"]`);
    // The heading also holds its "#" anchor link.
    await expect(heading).toHaveText(`${(await last.innerText()).trim()}#`);
    await expect(heading.getByRole("link", { includeHidden: true })).toHaveAttribute("href", href);
    await expect(heading).not.toBeInViewport();

    await last.click();
    await expect(page).toHaveURL(new RegExp(`${href}$`));
    await expect(heading).toBeInViewport();
  });

  test.describe("on a narrow screen", () => {
    test.use({ viewport: { width: 375, height: 740 } });

    test("the table of contents is a collapsible block above the body", async ({ page }) => {
      test.slow(); // axe
      const { article } = await openArticleFromAllArticles(page);
      await expect(article.toc).toBeHidden();
      await article.tocToggle.click();
      await expect(article.toc).toBeVisible();
      const link = article.toc.getByRole("link").nth(1);
      const href = (await link.getAttribute("href")) ?? "";
      await link.click();
      await expect(article.body.locator(`[id="${href.slice(1)}"]`)).toBeInViewport();
      // Nothing overflows sideways at phone width.
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      expect(await accessibilityViolations(page)).toEqual([]);
    });
  });

  test("related articles are other articles of the same zone", async ({ page }) => {
    test.slow(); // opens every related article
    const { article, url } = await openArticleFromAllArticles(page);
    const zoneHref = await article.zoneLink.getAttribute("href");
    const ownPath = new URL(url).pathname;
    const links = article.relatedLinks();
    const count = await links.count();
    expect(count).toBeGreaterThanOrEqual(1);
    expect(count).toBeLessThanOrEqual(4);
    const hrefs = await links.evaluateAll((as) => as.map((a) => a.getAttribute("href") ?? ""));
    expect(new Set(hrefs).size).toBe(hrefs.length);

    for (const href of hrefs) {
      expect(href).toMatch(/^\/articles\/[^/]+$/);
      expect(href).not.toBe(ownPath);
      await article.goto(href.replace("/articles/", ""));
      await expect(article.zoneLink).toHaveAttribute("href", zoneHref ?? "");
    }
  });

  test("share links carry the encoded article URL", async ({ page }) => {
    const { article, url } = await openArticleFromAllArticles(page);
    const encoded = encodeURIComponent(url);
    for (const name of ["Share on X", "Share on LinkedIn", "Submit to Hacker News", "Share on Reddit"]) {
      const link = article.share.getByRole("link", { name });
      await expect(link).toHaveAttribute("href", new RegExp(`^https://[^?]+\\?.*${escapeRegExp(encoded)}`));
      await expect(link).toHaveAttribute("target", "_blank");
      await expect(link).toHaveAttribute("rel", "noopener noreferrer");
    }
    const email = article.share.getByRole("link", { name: "Share by email" });
    await expect(email).toHaveAttribute("href", new RegExp(`^mailto:\\?.*${escapeRegExp(encoded)}`));
  });

  test("metadata: canonical, Open Graph and JSON-LD Article + BreadcrumbList", async ({ page }) => {
    const { article, title, authorName, url } = await openArticleFromAllArticles(page);

    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", url);
    expect(await article.metaContent("og:title")).toBe(title);
    expect(await article.metaContent("og:type")).toBe("article");
    expect(await article.metaContent("og:url")).toBe(url);

    const objects = await article.jsonLd();
    const ld = byType(objects, "Article");
    expect(ld).toMatchObject({
      "@context": "https://schema.org",
      headline: title,
      author: { "@type": "Person", name: authorName },
      mainEntityOfPage: { "@id": url },
    });
    expect(Number.isNaN(Date.parse(String(ld?.datePublished)))).toBe(false);

    const crumbs = byType(objects, "BreadcrumbList")?.itemListElement as { name: string; item: string }[];
    expect(crumbs.map((c) => c.name)).toEqual([
      "Home",
      expect.any(String),
      (await article.zoneLink.innerText()).trim(),
      title,
    ]);
    expect(crumbs.at(-1)?.item).toBe(url);
    expect(crumbs.every((c) => c.item.startsWith("http"))).toBe(true);
  });

  test("the author card and byline lead to the author's profile", async ({ page }) => {
    test.slow();
    const { article, title, authorName } = await openArticleFromAllArticles(page);
    await expect(article.authorCard).toContainText(authorName);
    await expect(article.authorCard).toContainText(/\d+ published articles?/);
    const viewProfile = article.authorCard.getByRole("link", { name: "View profile" });
    const profileHref = await viewProfile.getAttribute("href");
    await expect(article.authorLink).toHaveAttribute("href", profileHref ?? "");

    await article.authorLink.click();
    await expect(page).toHaveURL(new RegExp(`${profileHref}$`));
    const profile = new ProfilePage(page);
    await expect(profile.heading).toContainText(authorName);
    await expect(profile.articleCards.first()).toBeVisible();
    await expect(profile.articles.getByRole("link", { name: title, exact: true })).toBeVisible();
    await expect(profile.rssLink).toHaveAttribute("href", `${profileHref}/feed.xml`);
    await expect(page.locator('link[rel="alternate"][type="application/rss+xml"]')).toHaveAttribute(
      "href",
      new RegExp(`${profileHref}/feed\\.xml$`),
    );
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute(
      "href",
      new RegExp(`${profileHref}$`),
    );
    expect(byType(await profile.jsonLd(), "ProfilePage")).toMatchObject({ mainEntity: { name: authorName } });

    expect(await accessibilityViolations(page)).toEqual([]);
  });
});

test("an unknown profile is a 404", async ({ page }) => {
  const response = await page.goto("/users/nobody-here");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/not found/i);
});

test("the zones directory lists every category with its zones", async ({ page }) => {
  await page.goto("/zones");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Zones");

  // The header's zone menu (its own query) is the reference list of categories and zones.
  const menu = await page
    .getByRole("navigation", { name: "Main" })
    .locator('a[href^="/categories/"]')
    .evaluateAll((links) =>
      links.map((link) => ({
        category: link.getAttribute("href"),
        zones: [...(link.parentElement?.querySelectorAll('a[href^="/zones/"]') ?? [])].map((z) =>
          z.getAttribute("href"),
        ),
      })),
    );
  expect(menu.length).toBeGreaterThan(0);

  const main = page.getByRole("main");
  for (const { category, zones } of menu) {
    const section = main.getByRole("region").filter({ has: page.locator(`h2 a[href="${category}"]`) });
    await expect(section).toHaveCount(1);
    const listed = await section
      .locator('h3 a[href^="/zones/"]')
      .evaluateAll((links) => links.map((l) => l.getAttribute("href")));
    expect(listed).toEqual(zones);
    await expect(section.getByText(/^\d+ articles?$/).first()).toBeVisible();
  }
});

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
