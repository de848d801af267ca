import type { Locator, Page } from "@playwright/test";

/** A member's profile `/users/<username>`: name as the heading, bio, feeds, published articles. */
export class ProfilePage {
  readonly heading: Locator;
  readonly articles: Locator;
  readonly articleCards: Locator;
  readonly rssLink: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole("heading", { level: 1 });
    this.articles = page.getByRole("region", { name: /^Published articles/ });
    this.articleCards = this.articles.getByRole("article");
    this.rssLink = page.getByRole("main").getByRole("link", { name: /^RSS feed/ });
  }

  async goto(username: string): Promise<void> {
    await this.page.goto(`/users/${username}`);
  }

  /** Every JSON-LD object on the page, parsed (a parse error fails the test). */
  async jsonLd(): Promise<({ "@type"?: string } & Record<string, unknown>)[]> {
    const scripts = await this.page.locator('script[type="application/ld+json"]').allTextContents();
    return scripts.map((text) => JSON.parse(text) as { "@type"?: string } & Record<string, unknown>);
  }
}
