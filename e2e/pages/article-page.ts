import type { Locator, Page } from "@playwright/test";

/** An article page `/articles/<slug>`: the title as the only level-1 heading. */
export class ArticlePage {
  readonly heading: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole("heading", { level: 1 });
  }

  async goto(slug: string): Promise<void> {
    await this.page.goto(`/articles/${slug}`);
  }
}
