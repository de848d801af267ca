import type { Locator, Page } from "@playwright/test";

/** A Refcard or Trend Report listing (`/refcards`, `/trend-reports`) and its items. */
export class ResourceListingPage {
  readonly heading: Locator;
  readonly items: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole("heading", { level: 1 });
    this.items = page.getByRole("main").getByRole("article");
  }

  /** The title link of a listed item. */
  titleLink(item: Locator): Locator {
    return item.getByRole("heading", { level: 2 }).getByRole("link");
  }
}

/** A Refcard's or Trend Report's page: title, #number, preview and the Download call to action. */
export class ResourcePage {
  readonly heading: Locator;
  readonly article: Locator;
  readonly preview: Locator;
  readonly downloadLink: Locator;
  readonly zones: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole("heading", { level: 1 });
    this.article = page.getByRole("main").getByRole("article");
    this.preview = page.getByRole("region", { name: "Preview" });
    this.downloadLink = page.getByRole("link", { name: "Log in to download" });
    this.zones = page.getByRole("list", { name: "Zones" }).getByRole("link");
  }
}
