import type { Locator, Page } from "@playwright/test";

/** `/events`: upcoming events, then past ones. */
export class EventsPage {
  readonly heading: Locator;
  readonly upcoming: Locator;
  readonly past: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole("heading", { level: 1 });
    this.upcoming = page.getByRole("region", { name: "Upcoming events" }).getByRole("article");
    this.past = page.getByRole("region", { name: "Past events" }).getByRole("article");
  }

  titleLink(item: Locator): Locator {
    return item.getByRole("heading").getByRole("link");
  }
}

/** An event's page `/events/<slug>`. */
export class EventPage {
  readonly heading: Locator;
  /** The "When" value: date and time in the event's zone, with a machine-readable start. */
  readonly when: Locator;
  readonly startTime: Locator;
  readonly timeZoneNote: Locator;
  readonly registerLink: Locator;
  readonly calendarLink: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole("heading", { level: 1 });
    this.when = page.getByRole("main").locator("dt:has-text('When') + dd");
    this.startTime = this.when.locator("time");
    this.timeZoneNote = this.when.getByText(/^Time zone: /);
    this.registerLink = page.getByRole("link", { name: /^Register/ });
    this.calendarLink = page.getByRole("link", { name: "Add to calendar" });
  }

  /** The IANA zone the page says the times are in. */
  async timeZone(): Promise<string> {
    return (await this.timeZoneNote.innerText()).replace(/^Time zone: /, "").trim();
  }
}
