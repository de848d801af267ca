import type { Locator, Page } from "@playwright/test";

/** A zone page `/zones/<slug>`: the zone's name as the heading and its latest articles. */
export class ZonePage {
  readonly heading: Locator;
  readonly articles: Locator;
  readonly articleCards: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole("heading", { level: 1 });
    this.articles = page.getByRole("region", { name: /^Latest .+ articles( — page \d+)?$/i });
    this.articleCards = this.articles.getByRole("article");
  }

  async goto(slug: string): Promise<void> {
    await this.page.goto(`/zones/${slug}`);
  }

  /** The title link of an article card on this page. */
  articleLink(card: Locator): Locator {
    return card.getByRole("heading").getByRole("link");
  }
}
