import type { Locator, Page } from "@playwright/test";

/** The home page `/`: latest articles, the header's zone menu and one section per category. */
export class HomePage {
  readonly heading: Locator;
  readonly latestArticles: Locator;
  readonly latestArticleCards: Locator;
  /** Each category section's list of zones; its accessible name is "<Category> zones". */
  readonly categoryZoneLists: Locator;
  private readonly mainNav: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole("heading", { level: 1 });
    this.latestArticles = page.getByRole("region", { name: "Latest Articles" });
    this.latestArticleCards = this.latestArticles.getByRole("article");
    this.categoryZoneLists = page.getByRole("list", { name: / zones$/ });
    this.mainNav = page.getByRole("navigation", { name: "Main" });
  }

  async goto(): Promise<void> {
    await this.page.goto("/");
  }

  /** The title link of a card in "Latest Articles". */
  articleLink(card: Locator): Locator {
    return card.getByRole("heading").getByRole("link");
  }

  /** The link to the zone an article in "Latest Articles" belongs to. */
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
}
