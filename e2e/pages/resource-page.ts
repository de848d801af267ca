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
  /** "Log in to download" for visitors, "Download PDF (…)" for signed-in members. */
  readonly downloadLink: Locator;
  readonly downloadCount: Locator;
  readonly zones: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole("heading", { level: 1 });
    this.article = page.getByRole("main").getByRole("article");
    this.preview = page.getByRole("region", { name: "Preview" });
    const download = page.getByRole("complementary", { name: "Download" });
    this.downloadLink = download.getByRole("link", { name: /^(Log in to download|Download PDF)/ });
    this.downloadCount = download.getByText(/downloads? so far$/);
    this.zones = page.getByRole("list", { name: "Zones" }).getByRole("link");
  }
}
