import type { Locator, Page } from "@playwright/test";

/**
 * The home page `/`: Spotlight, More Articles, Premium Content, Popular, one section per category
 * and the header's zone menu.
 */
export class HomePage {
  readonly heading: Locator;
  readonly spotlight: Locator;
  readonly spotlightArticles: Locator;
  readonly moreArticles: Locator;
  readonly moreArticleCards: Locator;
  readonly premium: Locator;
  readonly popular: Locator;
  /** Each category section's list of zones; its accessible name is "<Category> zones". */
  readonly categoryZoneLists: Locator;
  private readonly mainNav: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole("heading", { level: 1 });
    this.spotlight = page.getByRole("region", { name: /^Spotlight/ });
    this.spotlightArticles = this.spotlight.getByRole("article");
    this.moreArticles = page.getByRole("region", { name: "More Articles" });
    this.moreArticleCards = this.moreArticles.getByRole("article");
    this.premium = page.getByRole("region", { name: "Premium Content" });
    this.popular = page.getByRole("region", { name: /^Popular/ });
    this.categoryZoneLists = page.getByRole("list", { name: / zones$/ });
    this.mainNav = page.getByRole("navigation", { name: "Main" });
  }

  async goto(): Promise<void> {
    await this.page.goto("/");
  }

  /** The title link of an article card. */
  articleLink(card: Locator): Locator {
    return card.getByRole("heading").getByRole("link");
  }

  /** The link to the zone an article card belongs to. */
  articleZoneLink(card: Locator): Locator {
    return card.locator('a[href^="/zones/"]');
  }

  /** The header's "Zones" disclosure (a <details> element). */
  zoneMenu(): Locator {
    return this.mainNav.locator("details", { has: this.page.locator("summary", { hasText: "Zones" }) });
  }

  /** Opens the header's "Zones" disclosure and returns the link to the named zone inside it. */
  async openZoneMenuAt(zoneName: string): Promise<Locator> {
    // A <details> disclosure: its links are hidden until the summary is clicked.
    await this.mainNav.locator("summary", { hasText: "Zones" }).click();
    return this.mainNav.getByRole("link", { name: zoneName, exact: true });
  }

  /** A category's section on the home page, by the category's name. */
  categorySection(name: string): Locator {
    return this.page.getByRole("region", { name, exact: true });
  }
}
