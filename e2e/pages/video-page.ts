import type { Locator, Page } from "@playwright/test";

/** `/videos`: the Video Library grid. */
export class VideosPage {
  readonly heading: Locator;
  readonly items: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole("heading", { level: 1 });
    this.items = page.getByRole("main").getByRole("article");
  }

  titleLink(item: Locator): Locator {
    return item.getByRole("heading", { level: 2 }).getByRole("link");
  }
}

/** A video's page `/videos/<slug>`: the embedded player and the video's details. */
export class VideoPage {
  readonly heading: Locator;
  readonly player: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole("heading", { level: 1 });
    this.player = page.getByRole("main").locator("iframe");
  }

  /**
   * Keeps the test on this machine: the players' hosts are never contacted (the machine has no
   * internet, and the test checks the embed markup, not the provider).
   */
  async blockPlayers(): Promise<void> {
    await this.page.route(/youtube-nocookie\.com|player\.vimeo\.com/, (route) => route.abort());
  }
}
