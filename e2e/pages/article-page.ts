import type { Locator, Page } from "@playwright/test";

/** A schema.org object as found in the page's JSON-LD scripts. */
export type JsonLdObject = { "@type"?: string } & Record<string, unknown>;

/** An article page `/articles/<slug>`: the title as the only level-1 heading. */
export class ArticlePage {
  readonly heading: Locator;
  readonly article: Locator;
  readonly breadcrumb: Locator;
  readonly zoneLink: Locator;
  /** The byline's author link (absent for a former member). */
  readonly authorLink: Locator;
  /** Date, reading time, views and likes. */
  readonly meta: Locator;
  readonly publishedTime: Locator;
  readonly tags: Locator;
  /** The table of contents that is visible at the current viewport width. */
  readonly toc: Locator;
  /** The collapsible table of contents shown on narrow screens. */
  readonly tocToggle: Locator;
  readonly share: Locator;
  readonly authorCard: Locator;
  readonly related: Locator;
  readonly body: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole("heading", { level: 1 });
    this.article = page.getByRole("main").getByRole("article");
    this.breadcrumb = this.article.getByRole("navigation", { name: "Breadcrumb" });
    this.zoneLink = this.breadcrumb.locator('a[href^="/zones/"]');
    this.meta = page.getByTestId("article-meta");
    this.authorLink = this.article.locator("header").locator('a[href^="/users/"]');
    this.publishedTime = this.meta.locator("time").first();
    this.tags = this.article.getByRole("list", { name: "Tags" }).getByRole("listitem");
    this.toc = page.getByRole("navigation", { name: "Table of contents" });
    this.tocToggle = page.locator("summary", { hasText: "Table of contents" });
    this.share = page.getByRole("region", { name: "Share this article" });
    this.authorCard = page.getByRole("region", { name: "About the author" });
    this.related = page.getByRole("region", { name: /^More from / });
    this.body = this.article.locator(".prose-body");
  }

  async goto(slug: string): Promise<void> {
    await this.page.goto(`/articles/${slug}`);
  }

  /** The title links of the related-article cards. */
  relatedLinks(): Locator {
    return this.related.getByRole("heading").getByRole("link");
  }

  /** Every JSON-LD object on the page, parsed (a parse error fails the test). */
  async jsonLd(): Promise<JsonLdObject[]> {
    const scripts = await this.page.locator('script[type="application/ld+json"]').allTextContents();
    return scripts.map((text) => JSON.parse(text) as JsonLdObject);
  }

  async metaContent(property: string): Promise<string | null> {
    return this.page.locator(`meta[property="${property}"]`).getAttribute("content");
  }
}
